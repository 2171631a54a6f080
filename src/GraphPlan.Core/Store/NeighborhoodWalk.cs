using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>
/// The neighborhood of <see cref="IGraphStore.GetNeighborhoodAsync"/>, written once. A store expands like it does for a
/// <see cref="TraversalWalk"/> (<see cref="Frontier"/>, <see cref="Kinds"/>, <see cref="Add"/>), then hands
/// <see cref="Result"/> the relationships among <see cref="Nodes"/> (any superset will do). The walk decides:
/// <list type="bullet">
/// <item>Both ways, level by level out to <see cref="NeighborhoodRequest.Depth"/>, over relationships of the request's
/// kinds (every kind when none) that <see cref="Evidence.Admits"/>.</item>
/// <item>Nodes: the center first, then in the order reached (frontier order, then <see cref="HopOrder"/>); when one
/// more node would pass <see cref="NeighborhoodRequest.MaxNodes"/> the walk stops and the result is truncated.</item>
/// <item>Edges: every such relationship whose two ends are nodes, each once, ordered by the place of its start among
/// the nodes, then kind, then the id of its end.</item>
/// </list>
/// </summary>
public sealed class NeighborhoodWalk
{
    private readonly NeighborhoodRequest _request;
    private readonly Dictionary<string, int> _position = new(StringComparer.Ordinal);
    private readonly List<Entity> _nodes = [];
    private List<string> _frontier;
    private int _depth = 1;
    private bool _truncated;

    public NeighborhoodWalk(NeighborhoodRequest request, Entity center)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(center);
        _request = request;
        _position[center.Id] = 0;
        _nodes.Add(center);
        _frontier = [center.Id];
    }

    /// <summary>The entities to expand next, in order; empty when the walk is over.</summary>
    public IReadOnlyList<string> Frontier => _truncated || _depth > _request.Depth ? [] : _frontier;

    /// <summary>The relationship kinds the walk follows; empty means every kind.</summary>
    public IReadOnlyList<RelationshipKind> Kinds => _request.Kinds;

    /// <summary>The nodes so far, the center first.</summary>
    public IReadOnlyList<Entity> Nodes => _nodes;

    /// <summary>The ids of <see cref="Nodes"/>.</summary>
    public IReadOnlyCollection<string> Reached => _position.Keys;

    /// <summary>One level: <paramref name="related"/> holds, for each entity of <see cref="Frontier"/> in order, its relationships seen from it.</summary>
    public void Add(IReadOnlyList<IReadOnlyList<RelatedEntity>> related)
    {
        ArgumentNullException.ThrowIfNull(related);
        var frontier = Frontier;
        if (related.Count != frontier.Count)
        {
            throw new ArgumentException($"expected the relationships of {frontier.Count} entities, got {related.Count}", nameof(related));
        }

        var next = new List<string>();
        for (var i = 0; i < frontier.Count && !_truncated; i++)
        {
            // Hops to nodes already kept are left out before ordering: it changes nothing but the cost.
            var hops = new List<RelatedEntity>(related[i].Count);
            foreach (var hop in related[i])
            {
                if (!_position.ContainsKey(hop.Other.Id) && Follows(hop.Relationship))
                {
                    hops.Add(hop);
                }
            }

            hops.Sort(HopOrder.Comparer);
            foreach (var hop in hops)
            {
                if (_position.ContainsKey(hop.Other.Id))
                {
                    continue;
                }

                if (_nodes.Count == _request.MaxNodes)
                {
                    _truncated = true;
                    break;
                }

                _position[hop.Other.Id] = _nodes.Count;
                _nodes.Add(hop.Other);
                next.Add(hop.Other.Id);
            }
        }

        _frontier = next;
        _depth++;
    }

    /// <summary>The subgraph, with the edges among the nodes taken from <paramref name="relationships"/>.</summary>
    public Subgraph Result(IEnumerable<Relationship> relationships)
    {
        ArgumentNullException.ThrowIfNull(relationships);
        var among = new List<(int Start, Relationship Edge)>(relationships.TryGetNonEnumeratedCount(out var listed) ? listed : 0);
        foreach (var relationship in relationships)
        {
            if (_position.TryGetValue(relationship.From, out var start) && _position.ContainsKey(relationship.To) && Follows(relationship))
            {
                among.Add((start, relationship));
            }
        }

        among.Sort(static (a, b) =>
        {
            var order = a.Start.CompareTo(b.Start);
            order = order != 0 ? order : ((int)a.Edge.Kind).CompareTo((int)b.Edge.Kind);
            return order != 0 ? order : string.CompareOrdinal(a.Edge.To, b.Edge.To);
        });

        // Sorted, a relationship a store listed twice sits next to itself: kept once without hashing every edge.
        var edges = new List<Relationship>(among.Count);
        foreach (var (_, edge) in among)
        {
            if (edges.Count == 0 || edges[^1].From != edge.From || edges[^1].Kind != edge.Kind || edges[^1].To != edge.To)
            {
                edges.Add(edge);
            }
        }

        return new Subgraph(_nodes.ToList(), edges, _truncated);
    }

    private bool Follows(Relationship relationship) =>
        (_request.Kinds.Count == 0 || _request.Kinds.Contains(relationship.Kind)) && Evidence.Admits(relationship, _request.MinBasis);
}
