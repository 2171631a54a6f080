namespace GraphPlan.GraphQL.Limits;

/// <summary>What one walk over a parsed document measured; compared with <see cref="GraphQLLimitsOptions"/>.</summary>
public sealed record DocumentShape
{
    public int Operations { get; init; }
    public int Fragments { get; init; }
    public int FragmentSpreads { get; init; }
    public int Fields { get; init; }
    public int Aliases { get; init; }
    public int Directives { get; init; }
    public int MaxDirectivesPerLocation { get; init; }
    public int MaxRootFields { get; init; }

    public int MaxMutationRootFields { get; init; }
    public int Depth { get; init; }
    public bool HasIntrospection { get; init; }
    public int IntrospectionDepth { get; init; }

    /// <summary>A list field of <c>__Type</c> met twice on one path (e.g. <c>fields { type { fields …</c>), or the walk ran out of budget.</summary>
    public bool HasIntrospectionListRecursion { get; init; }

    /// <summary>Fragment cycles or spreads of undefined fragments: validation rejects these, and the complexity analyzer must not see them.</summary>
    public bool HasBrokenFragments { get; init; }
}
