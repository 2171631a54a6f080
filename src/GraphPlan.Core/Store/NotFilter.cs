namespace GraphPlan.Core.Store;

/// <summary>The filter does not hold.</summary>
public sealed record NotFilter(EntityFilter Filter) : EntityFilter;
