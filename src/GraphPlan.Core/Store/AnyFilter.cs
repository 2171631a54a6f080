namespace GraphPlan.Core.Store;

/// <summary>At least one of the filters holds (OR); an empty list never holds.</summary>
public sealed record AnyFilter(IReadOnlyList<EntityFilter> Filters) : EntityFilter;
