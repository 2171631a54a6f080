using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>A relationship kind a traversal may follow, which way, and optionally only from or into some entity kinds.</summary>
public sealed record TraversalStep(RelationshipKind Kind, Direction Direction)
{
    /// <summary>Only step onto entities of these kinds; empty means any.</summary>
    public IReadOnlyList<EntityKind> Into { get; init; } = [];

    /// <summary>Only step from entities of these kinds; empty means any.</summary>
    public IReadOnlyList<EntityKind> From { get; init; } = [];
}
