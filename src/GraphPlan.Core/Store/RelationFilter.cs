using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>Which relationships to follow from an entity.</summary>
public sealed record RelationFilter(Direction Direction = Direction.Both)
{
    /// <summary>Only these kinds; empty means every kind.</summary>
    public IReadOnlyList<RelationshipKind> Kinds { get; init; } = [];

    /// <summary>Only when the entity at the other end is of one of these kinds; empty means any.</summary>
    public IReadOnlyList<EntityKind> OtherKinds { get; init; } = [];
}
