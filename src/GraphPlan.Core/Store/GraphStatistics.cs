using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

public sealed record GraphStatistics(
    int EntityCount,
    int RelationshipCount,
    IReadOnlyDictionary<EntityKind, int> EntitiesByKind,
    IReadOnlyDictionary<RelationshipKind, int> RelationshipsByKind);
