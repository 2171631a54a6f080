namespace GraphPlan.GraphQL.Errors;

/// <summary>
/// Every <c>extensions.code</c> GraphPlan answers with, in one place (the GraphQL schema, the HTTP endpoint and the
/// host's own refusals use these); clients may switch on them.
/// </summary>
public static class ErrorCodes
{
    // What a resolver answers.
    public const string NotFound = "NOT_FOUND";
    public const string BadUserInput = "BAD_USER_INPUT";
    public const string InvalidFilter = "INVALID_FILTER";
    public const string ValidationFailed = "VALIDATION_FAILED";
    public const string VersionConflict = "VERSION_CONFLICT";

    /// <summary>An Idempotency-Key the curator already sent with a different change; answered with HTTP 422.</summary>
    public const string IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED";
    public const string Internal = "INTERNAL_SERVER_ERROR";

    // Who is calling (HTTP 401 and 403 when nothing else came back).
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";

    // The HTTP request itself.
    public const string InvalidJson = "INVALID_JSON";
    public const string BatchingNotSupported = "BATCHING_NOT_SUPPORTED";

    /// <summary>A mutation (or subscription) sent by GET; answered with HTTP 405 and <c>Allow: POST</c>.</summary>
    public const string MethodNotAllowed = "METHOD_NOT_ALLOWED";
    public const string SyntaxError = "SYNTAX_ERROR";

    // Persisted and trusted documents.
    /// <summary>Apollo's code for a hash the server does not know: the client resends it with the document text.</summary>
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string PersistedDocumentNotFound = "PERSISTED_DOCUMENT_NOT_FOUND";
    public const string PersistedDocumentRequired = "PERSISTED_DOCUMENT_REQUIRED";
    public const string PersistedDocumentHashMismatch = "PERSISTED_DOCUMENT_HASH_MISMATCH";

    // Limits: a request refused before any resolver runs.
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string RequestTimeout = "REQUEST_TIMEOUT";
    public const string VariablesTooDeep = "MAX_VARIABLES_DEPTH";
    public const string DocumentLength = "MAX_DOCUMENT_LENGTH";
    public const string Tokens = "MAX_TOKENS_LIMIT";
    public const string Depth = "MAX_DEPTH_LIMIT";
    public const string IntrospectionDepth = "MAX_INTROSPECTION_DEPTH_LIMIT";
    public const string Aliases = "MAX_ALIASES_LIMIT";
    public const string RootFields = "MAX_ROOT_FIELDS_LIMIT";
    public const string Fields = "MAX_FIELDS_LIMIT";
    public const string Directives = "MAX_DIRECTIVES_LIMIT";
    public const string Operations = "MAX_OPERATIONS_LIMIT";
    public const string Fragments = "MAX_FRAGMENTS_LIMIT";
    public const string Complexity = "COMPLEXITY_LIMIT";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
    public const string Timeout = "TIMEOUT";
    public const string RateLimited = "RATE_LIMITED";

    /// <summary>A client, or the server, already holds as many open subscription streams as it may.</summary>
    public const string TooManyStreams = "TOO_MANY_STREAMS";

    /// <summary>A subscription sent where no stream can carry it: it needs <c>Accept: text/event-stream</c> (or <c>/graphql/stream</c>).</summary>
    public const string SubscriptionNeedsStream = "SUBSCRIPTION_NEEDS_STREAM";

    /// <summary>The codes of a request refused by a limit (counted apart from other errors).</summary>
    public static readonly IReadOnlySet<string> Limits = new HashSet<string>(StringComparer.Ordinal)
    {
        RequestTooLarge, RequestTimeout, VariablesTooDeep, DocumentLength, Tokens, Depth, IntrospectionDepth, Aliases, RootFields,
        Fields, Directives, Operations, Fragments, Complexity, IntrospectionDisabled, Timeout, RateLimited, TooManyStreams,
    };
}
