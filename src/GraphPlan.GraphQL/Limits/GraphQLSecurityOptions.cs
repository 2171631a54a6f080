namespace GraphPlan.GraphQL.Limits;

/// <summary>What the API reveals about itself, bound from configuration section <c>GraphQL</c>.</summary>
public sealed class GraphQLSecurityOptions
{
    public const string Section = "GraphQL";

    /// <summary>Whether <c>__schema</c> and <c>__type</c> may be queried (<c>__typename</c> always may).</summary>
    public bool Introspection { get; set; } = true;

    /// <summary>
    /// Exception details (type, stack trace) and "Did you mean" suggestions in errors. The host turns this on in
    /// Development only; keep it off for anything public.
    /// </summary>
    public bool ExposeErrorDetails { get; set; }
}
