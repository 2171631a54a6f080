using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>The subgraph around one entity, out to a number of hops either way.</summary>
public sealed record NeighborhoodRequest(string CenterId, int Depth)
{
    public const int DepthLimit = 3;

    /// <summary>Only these relationship kinds; empty means every kind.</summary>
    public IReadOnlyList<RelationshipKind> Kinds { get; init; } = [];

    public int MaxNodes { get; init; } = 500;

    /// <summary>Only relationships whose basis is at least this strong (see <see cref="Evidence"/>); null means all.</summary>
    public Basis? MinBasis { get; init; }
}
