namespace GraphPlan.GraphQL.TrustedDocuments;

/// <summary>
/// <c>TrustedDocuments</c>: which documents the API runs. The defaults (any document; automatic persisted queries on)
/// are in code, so they hold without a configuration file.
/// </summary>
public sealed class TrustedDocumentsOptions
{
    public const string Section = "TrustedDocuments";

    /// <summary>
    /// Production switch: run only documents of the manifests (by <c>documentId</c>, by hash, or as their exact text);
    /// refuse any other with <c>PERSISTED_DOCUMENT_REQUIRED</c>. Trusted documents then skip the document limits
    /// (their cost is still reported).
    /// </summary>
    public bool Only { get; set; }

    /// <summary>Further manifest files (a client's, built with <c>graphplan documents manifest</c>); relative paths are the content root's.</summary>
    public IList<string> Manifests { get; } = [];

    /// <summary>Apollo's automatic persisted queries: a client may register a document by sending its hash and its text (never when <see cref="Only"/>).</summary>
    public bool AutomaticPersistedQueries { get; set; } = true;

    /// <summary>At most this many registered documents are kept (oldest out first).</summary>
    public int MaxRegisteredDocuments { get; set; } = 1000;
}
