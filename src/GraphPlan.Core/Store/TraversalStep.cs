using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>A relationship kind a traversal may follow, which way, and optionally only from or into some entity kinds.</summary>
public sealed record TraversalStep(RelationshipKind Kind, Direction Direction)
{
    /// <summary>Only step onto entities of these kinds; empty means any.</summary>
    public IReadOnlyList<EntityKind> Into { get; init; } = [];

    /// <summary>Only step from entities of these kinds; empty means any.</summary>
    public IReadOnlyList<EntityKind> From { get; init; } = [];

    /// <summary>Whether a hop over a relationship of this step's kind, which way, between entities of these kinds is this step.</summary>
    public bool Allows(RelationshipKind kind, Direction direction, EntityKind from, EntityKind into) =>
        kind == Kind
        && (Direction == Direction.Both || Direction == direction)
        && (From.Count == 0 || From.Contains(from))
        && (Into.Count == 0 || Into.Contains(into));
}
