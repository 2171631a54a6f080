using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>The matching entities with the most relationships of the given kinds and direction.</summary>
public sealed record DegreeQuery
{
    public IReadOnlyList<EntityKind> Kinds { get; init; } = [];

    public EntityFilter? Where { get; init; }

    /// <summary>Only relationships of these kinds count; empty means every kind.</summary>
    public IReadOnlyList<RelationshipKind> RelationshipKinds { get; init; } = [];

    public Direction Direction { get; init; } = Direction.Both;

    public int Limit { get; init; } = 10;
}
