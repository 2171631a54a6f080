using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>Counts of the entities that match (or of their relationships), grouped.</summary>
public sealed record CountQuery(CountGrouping GroupBy)
{
    /// <summary>Only these kinds; empty means every kind.</summary>
    public IReadOnlyList<EntityKind> Kinds { get; init; } = [];

    public EntityFilter? Where { get; init; }

    /// <summary>The attribute to group by, for <see cref="CountGrouping.Attribute"/>.</summary>
    public string? AttributeKey { get; init; }

    /// <summary>Which relationships count, for <see cref="CountGrouping.RelationshipKind"/> and <see cref="CountGrouping.Basis"/>.</summary>
    public Direction Direction { get; init; } = Direction.Both;
}
