namespace GraphPlan.GraphQL.TrustedDocuments;

/// <summary>A manifest file that cannot be read as one (not JSON, not an object of strings, an id that is not a SHA-256).</summary>
public sealed class TrustedDocumentManifestException : Exception
{
    public TrustedDocumentManifestException()
    {
    }

    public TrustedDocumentManifestException(string message)
        : base(message)
    {
    }

    public TrustedDocumentManifestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
