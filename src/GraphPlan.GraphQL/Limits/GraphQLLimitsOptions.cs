namespace GraphPlan.GraphQL.Limits;

/// <summary>
/// Limits every GraphQL request must stay within, bound from configuration section <c>GraphQL:Limits</c>.
/// The defaults are the recommended values of the security notes; each rejection names the key it hit.
/// </summary>
public sealed class GraphQLLimitsOptions
{
    public const string Section = "GraphQL:Limits";

    /// <summary>HTTP request body, in bytes (413 above it).</summary>
    public int MaxRequestBodyBytes { get; set; } = 128 * 1024;

    /// <summary>Nesting of the <c>variables</c> (and <c>extensions</c>) JSON.</summary>
    public int MaxVariablesDepth { get; set; } = 32;

    /// <summary>Characters of the GraphQL document, comments included.</summary>
    public int MaxDocumentLength { get; set; } = 16_384;

    /// <summary>Lexer tokens of the document (comments are not tokens).</summary>
    public int MaxTokens { get; set; } = 2_000;

    /// <summary>Selection depth through fragments, a leaf field counting 1; introspection fields are measured separately.</summary>
    public int MaxDepth { get; set; } = 10;

    /// <summary>Selection depth inside <c>__schema</c>/<c>__type</c>.</summary>
    public int MaxIntrospectionDepth { get; set; } = 20;

    /// <summary>Aliased fields in the document, <c>__typename</c> included.</summary>
    public int MaxAliases { get; set; } = 20;

    /// <summary>Fields selected at the root of any operation, through fragments.</summary>
    public int MaxRootFields { get; set; } = 10;

    /// <summary>Fields at the root of a mutation: each is a write, so aliases cannot batch many of them.</summary>
    public int MaxMutationRootFields { get; set; } = 5;

    /// <summary>Field selections written in the document (before fragment expansion).</summary>
    public int MaxFields { get; set; } = 256;

    /// <summary>Directives on one field, fragment, operation or variable.</summary>
    public int MaxDirectivesPerLocation { get; set; } = 4;

    /// <summary>Directives in the whole document.</summary>
    public int MaxDirectives { get; set; } = 20;

    /// <summary>Operation definitions in the document (one of them is executed).</summary>
    public int MaxOperations { get; set; } = 10;

    /// <summary>Fragment definitions in the document.</summary>
    public int MaxFragments { get; set; } = 50;

    /// <summary>Fragment spreads written in the document.</summary>
    public int MaxFragmentSpreads { get; set; } = 200;

    /// <summary>
    /// Complexity budget (GraphQL.NET complexity analyzer: scalar 1, object 1, lists multiplied by <c>first</c> or
    /// <see cref="DefaultListSize"/>). Null = no budget, which is what in-process callers (CLI, tests) get; the API
    /// host starts from <see cref="RecommendedMaxComplexity"/>.
    /// </summary>
    public int? MaxComplexity { get; set; }

    public const int RecommendedMaxComplexity = 5_000;

    /// <summary>Assumed size of a list field without a <c>first</c>/<c>last</c> argument.</summary>
    public int DefaultListSize { get; set; } = 20;

    /// <summary>Wall-clock budget of one execution; on expiry the store work is cancelled and the answer is a TIMEOUT error.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Resolvers run in parallel for one request.</summary>
    public int MaxParallelExecution { get; set; } = 16;

    /// <summary>Errors in one response; the rest are dropped.</summary>
    public int MaxErrors { get; set; } = 5;
}
