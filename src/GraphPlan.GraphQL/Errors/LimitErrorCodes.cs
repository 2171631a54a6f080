namespace GraphPlan.GraphQL.Errors;

/// <summary>The <c>extensions.code</c> of a request refused by a limit, before any resolver runs.</summary>
public static class LimitErrorCodes
{
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
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
}
