using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>The entity is of one of these kinds.</summary>
public sealed record KindFilter(IReadOnlyList<EntityKind> Kinds) : EntityFilter;
