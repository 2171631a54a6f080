using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>A whole graph in memory: what an import writes and an export reads.</summary>
public sealed record GraphData(IReadOnlyList<Entity> Entities, IReadOnlyList<Relationship> Relationships);
