using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>
/// The entity has at least one relationship of the kind, in the direction, to an entity of one of
/// <see cref="OtherKinds"/> (any when empty) that passes <see cref="Other"/> (any when null). Wrap it in a
/// <see cref="NotFilter"/> to ask for its absence (projects hosted on no platform).
/// </summary>
public sealed record RelatedFilter(RelationshipKind Kind, Direction Direction = Direction.Outgoing) : EntityFilter
{
    public IReadOnlyList<EntityKind> OtherKinds { get; init; } = [];

    public EntityFilter? Other { get; init; }
}
