using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>Statistics of the numeric yearly values of the entities that match, grouped by unit, year and role.</summary>
public sealed record ValueSummaryQuery
{
    public IReadOnlyList<EntityKind> Kinds { get; init; } = [];

    public EntityFilter? Where { get; init; }

    /// <summary>Only values of this year; null means every year.</summary>
    public int? Year { get; init; }

    /// <summary>Only values of this role; null means every role.</summary>
    public ValueRole? Role { get; init; }

    /// <summary>Only values in this unit; null means every unit.</summary>
    public string? Unit { get; init; }
}
