namespace GraphPlan.Core.Store;

/// <summary>Every one of the filters holds (AND); an empty list always holds.</summary>
public sealed record AllFilter(IReadOnlyList<EntityFilter> Filters) : EntityFilter;
