using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>Paths from one entity to another of at most <see cref="MaxHops"/> hops.</summary>
public sealed record PathRequest(string FromId, string ToId, int MaxHops)
{
    public const int HopLimit = 6;

    public PathMode Mode { get; init; } = PathMode.Shortest;

    /// <summary>Only relationships of these kinds; empty means every kind.</summary>
    public IReadOnlyList<RelationshipKind> Kinds { get; init; } = [];

    /// <summary>
    /// Which way each hop may cross its relationship, read along the path: <see cref="Direction.Outgoing"/> follows
    /// relationships from their source to their target, <see cref="Direction.Incoming"/> against them.
    /// </summary>
    public Direction Direction { get; init; } = Direction.Both;

    /// <summary>Only relationships whose basis is at least this strong; null means every relationship.</summary>
    public Basis? MinBasis { get; init; }

    /// <summary>At most this many paths (fewest hops first); the result says when there were more.</summary>
    public int MaxPaths { get; init; } = 20;
}
