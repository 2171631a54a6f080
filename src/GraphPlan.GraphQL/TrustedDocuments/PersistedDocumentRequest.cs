using System.Globalization;
using GraphPlan.GraphQL.Errors;

namespace GraphPlan.GraphQL.TrustedDocuments;

/// <summary>
/// Turns what a client sent (a <c>query</c>, a <c>documentId</c> as in GraphQL over HTTP's persisted documents, or
/// Apollo's <c>extensions.persistedQuery</c>) into the document to run, or the coded error that refuses it.
/// </summary>
public static class PersistedDocumentRequest
{
    /// <summary>Apollo's clients look for this exact message (and the code) before they resend the document's text.</summary>
    public const string NotFoundMessage = "PersistedQueryNotFound";

    /// <summary>The document to run and whether it is trusted (in a manifest), or the coded refusal (returned, not thrown: no stack trace to leak).</summary>
    public static ResolvedDocument Resolve(PersistedDocumentStore store, string? query, string? documentId, IReadOnlyDictionary<string, object?>? extensions)
    {
        ArgumentNullException.ThrowIfNull(store);
        query = string.IsNullOrEmpty(query) ? null : query;
        var persistedQuery = extensions?.GetValueOrDefault("persistedQuery");
        if (!string.IsNullOrEmpty(documentId))
        {
            return ById(store, query, documentId);
        }

        if (persistedQuery is not null)
        {
            return ByHash(store, query, persistedQuery);
        }

        if (query is null)
        {
            return ResolvedDocument.Refused(ErrorCodes.BadUserInput, "The request has no 'query' (nor a 'documentId').");
        }

        if (!store.Options.Only)
        {
            return new ResolvedDocument(query, Trusted: false);
        }

        return store.Trusted(DocumentId.Of(query)) is not null
            ? new ResolvedDocument(query, Trusted: true)
            : Required();
    }

    private static ResolvedDocument ById(PersistedDocumentStore store, string? query, string documentId)
    {
        if (query is not null)
        {
            return ResolvedDocument.Refused(ErrorCodes.BadUserInput, "Send either 'query' or 'documentId', not both.");
        }

        if (DocumentId.Normalize(documentId) is not { } id)
        {
            return ResolvedDocument.Refused(ErrorCodes.BadUserInput, $"'documentId' must be {DocumentId.Prefix} and the 64 hex digits of the document's SHA-256.");
        }

        return store.Find(id) is { } found
            ? new ResolvedDocument(found.Text, found.Trusted)
            : ResolvedDocument.Refused(ErrorCodes.PersistedDocumentNotFound, $"No document has the id '{id}'.");
    }

    private static ResolvedDocument ByHash(PersistedDocumentStore store, string? query, object persistedQuery)
    {
        if (persistedQuery is not IReadOnlyDictionary<string, object?> fields
            || Convert.ToString(fields.GetValueOrDefault("version"), CultureInfo.InvariantCulture) != "1"
            || fields.GetValueOrDefault("sha256Hash") is not string hash
            || hash.StartsWith(DocumentId.Prefix, StringComparison.OrdinalIgnoreCase)
            || DocumentId.Normalize(hash) is not { } id)
        {
            return ResolvedDocument.Refused(ErrorCodes.BadUserInput, "'extensions.persistedQuery' must be {\"version\": 1, \"sha256Hash\": \"<64 hex digits>\"}.");
        }

        if (query is null)
        {
            return store.Find(id) is { } found
                ? new ResolvedDocument(found.Text, found.Trusted)
                : ResolvedDocument.Refused(ErrorCodes.PersistedQueryNotFound, NotFoundMessage);
        }

        var actual = DocumentId.Of(query);
        if (actual != id)
        {
            return ResolvedDocument.Refused(ErrorCodes.PersistedDocumentHashMismatch, $"The document's SHA-256 is {actual[DocumentId.Prefix.Length..]}, not the sha256Hash sent ({hash}).");
        }

        if (store.Trusted(id) is not null)
        {
            return new ResolvedDocument(query, Trusted: true);
        }

        if (store.Options.Only)
        {
            return Required();
        }

        store.Register(id, query);
        return new ResolvedDocument(query, Trusted: false);
    }

    private static ResolvedDocument Required() =>
        ResolvedDocument.Refused(ErrorCodes.PersistedDocumentRequired, "Only trusted documents run here: send the 'documentId' of a document of the manifest (TrustedDocuments:Only).");
}
