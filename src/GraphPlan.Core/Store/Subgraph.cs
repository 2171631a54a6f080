using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>Nodes and the edges among them; <see cref="Truncated"/> when a node limit cut it short.</summary>
public sealed record Subgraph(IReadOnlyList<Entity> Nodes, IReadOnlyList<Relationship> Edges, bool Truncated);
