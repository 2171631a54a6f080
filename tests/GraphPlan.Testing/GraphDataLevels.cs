using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;

namespace GraphPlan.Testing;

/// <summary>
/// A store's per-level expand done over a <see cref="GraphData"/> with LINQ, to drive the shared walks
/// (<see cref="TraversalWalk"/>, <see cref="NeighborhoodWalk"/>) without a store. The relationships of an entity come
/// in the reverse of the graph's order, so a walk that relied on the order a store lists them in would show it.
/// </summary>
public sealed class GraphDataLevels(GraphData graph)
{
    private readonly Dictionary<string, Entity> _entities = graph.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);

    public IReadOnlyList<IReadOnlyList<RelatedEntity>> Expand(IReadOnlyList<string> ids, IReadOnlyList<RelationshipKind> kinds) =>
        ids.Select(id => (IReadOnlyList<RelatedEntity>)graph.Relationships
            .Where(r => kinds.Count == 0 || kinds.Contains(r.Kind))
            .Reverse()
            .SelectMany(r => (r.From == id ? [new RelatedEntity(r, Direction.Outgoing, _entities[r.To])] : Array.Empty<RelatedEntity>())
                .Concat(r.To == id ? [new RelatedEntity(r, Direction.Incoming, _entities[r.From])] : []))
            .ToList()).ToList();

    public TraversalResult Traverse(TraversalRequest request)
    {
        var walk = new TraversalWalk(request, _entities[request.StartId]);
        for (var frontier = walk.Frontier; frontier.Count > 0; frontier = walk.Frontier)
        {
            walk.Add(Expand(frontier, walk.Kinds));
        }

        return walk.Result();
    }

    public Subgraph Neighborhood(NeighborhoodRequest request)
    {
        var walk = new NeighborhoodWalk(request, _entities[request.CenterId]);
        for (var frontier = walk.Frontier; frontier.Count > 0; frontier = walk.Frontier)
        {
            walk.Add(Expand(frontier, walk.Kinds));
        }

        return walk.Result(graph.Relationships.AsEnumerable().Reverse());
    }

    /// <summary>A traversal as comparable text: each path's end, relationships and directions, in order; then whether it was truncated.</summary>
    public static IReadOnlyList<string> Describe(TraversalResult result) =>
        [.. result.Paths.Select(p => $"{p.End.Id} <= {string.Join(" | ", p.Segments.Select(s => $"{s.Relationship.Id} {s.Direction}"))}"), $"truncated: {result.Truncated}"];

    /// <summary>A subgraph as comparable text: node ids, edge ids, in order; then whether it was truncated.</summary>
    public static IReadOnlyList<string> Describe(Subgraph subgraph) =>
        [.. subgraph.Nodes.Select(n => $"node {n.Id}"), .. subgraph.Edges.Select(e => $"edge {e.Id}"), $"truncated: {subgraph.Truncated}"];
}
