namespace GraphPlan.Core.Store;

/// <summary>
/// Bounds on a filter's size that every store enforces, so no caller can make it evaluate an arbitrarily large condition
/// per entity. Depth counts a leaf as 1 and adds one per combinator or relationship hop around it; clauses count every
/// node. The GraphQL layer's limits (in its own terms: input levels and conditions) are tighter and fit within these.
/// </summary>
public static class EntityFilterRules
{
    public const int MaxDepth = 16;

    public const int MaxClauses = 256;

    /// <summary>At most this many values in one <see cref="TextOperator.In"/>.</summary>
    public const int MaxValues = 100;

    public static int Depth(EntityFilter? filter) => filter switch
    {
        null => 0,
        AllFilter all => 1 + all.Filters.Select(Depth).DefaultIfEmpty(0).Max(),
        AnyFilter any => 1 + any.Filters.Select(Depth).DefaultIfEmpty(0).Max(),
        NotFilter not => 1 + Depth(not.Filter),
        RelatedFilter related => 1 + Depth(related.Other),
        _ => 1,
    };

    public static int Clauses(EntityFilter? filter) => filter switch
    {
        null => 0,
        AllFilter all => 1 + all.Filters.Sum(Clauses),
        AnyFilter any => 1 + any.Filters.Sum(Clauses),
        NotFilter not => 1 + Clauses(not.Filter),
        RelatedFilter related => 1 + Clauses(related.Other),
        _ => 1,
    };

    /// <summary>Throws <see cref="ArgumentException"/> when the filter is deeper or larger than the bounds allow.</summary>
    public static void ThrowIfTooLarge(EntityFilter? filter)
    {
        if (Depth(filter) > MaxDepth || Clauses(filter) > MaxClauses)
        {
            throw new ArgumentException($"the filter has depth {Depth(filter)} and {Clauses(filter)} clauses; at most {MaxDepth} and {MaxClauses} are allowed", nameof(filter));
        }
    }
}
