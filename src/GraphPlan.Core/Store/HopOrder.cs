namespace GraphPlan.Core.Store;

/// <summary>
/// The order in which the walks (<see cref="TraversalWalk"/>, <see cref="NeighborhoodWalk"/>) try an entity's
/// relationships, whatever order a store lists them in: outgoing before incoming, then by relationship kind, then by
/// the other end's id (ordinal). Nothing else is needed: one kind joins two entities one way at most once.
/// </summary>
public static class HopOrder
{
    public static IComparer<RelatedEntity> Comparer { get; } = Comparer<RelatedEntity>.Create((a, b) =>
    {
        // As numbers: Enum.CompareTo(object) boxes both sides, and a walk sorts thousands of hops per request.
        var byDirection = ((int)a.Direction).CompareTo((int)b.Direction);
        if (byDirection != 0)
        {
            return byDirection;
        }

        var byKind = ((int)a.Relationship.Kind).CompareTo((int)b.Relationship.Kind);
        return byKind != 0 ? byKind : string.CompareOrdinal(a.Other.Id, b.Other.Id);
    });
}
