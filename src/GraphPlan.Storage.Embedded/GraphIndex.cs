using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;

namespace GraphPlan.Storage.Embedded;

/// <summary>
/// The whole graph in memory: entities by id, adjacency lists, ids by kind. Not thread-safe on its own;
/// <see cref="EmbeddedGraphStore"/> guards it with a reader-writer lock.
/// </summary>
internal sealed class GraphIndex
{
    private readonly Dictionary<string, EntityNode> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<EntityKind, HashSet<string>> _byKind = Enum.GetValues<EntityKind>().ToDictionary(k => k, _ => new HashSet<string>(StringComparer.Ordinal));

    public int RelationshipCount { get; private set; }

    public int EntityCount => _nodes.Count;

    public Entity? Find(string id) => _nodes.TryGetValue(id, out var node) ? node.Entity : null;

    public bool Contains(string id) => _nodes.ContainsKey(id);

    public void Put(Entity entity)
    {
        if (_nodes.TryGetValue(entity.Id, out var node))
        {
            node.Entity = entity;
            return;
        }

        _nodes[entity.Id] = new EntityNode(entity);
        _byKind[entity.Kind].Add(entity.Id);
    }

    /// <summary>Removes the entity and returns the relationships that went with it.</summary>
    public IReadOnlyList<Relationship> Remove(string id)
    {
        if (!_nodes.TryGetValue(id, out var node))
        {
            return [];
        }

        var removed = node.Outgoing.Concat(node.Incoming).Distinct().ToList();
        foreach (var relationship in removed)
        {
            Unlink(relationship.From, relationship.Kind, relationship.To);
        }

        _nodes.Remove(id);
        _byKind[node.Entity.Kind].Remove(id);
        return removed;
    }

    public void Link(Relationship relationship)
    {
        var from = _nodes[relationship.From];
        var to = _nodes[relationship.To];
        var existing = from.Outgoing.FindIndex(r => r.Kind == relationship.Kind && r.To == relationship.To);
        if (existing >= 0)
        {
            from.Outgoing[existing] = relationship;
            to.Incoming[to.Incoming.FindIndex(r => r.Kind == relationship.Kind && r.From == relationship.From)] = relationship;
            return;
        }

        from.Outgoing.Add(relationship);
        to.Incoming.Add(relationship);
        RelationshipCount++;
    }

    public bool Unlink(string fromId, RelationshipKind kind, string toId)
    {
        if (!_nodes.TryGetValue(fromId, out var from) || !_nodes.TryGetValue(toId, out var to))
        {
            return false;
        }

        var removed = from.Outgoing.RemoveAll(r => r.Kind == kind && r.To == toId);
        to.Incoming.RemoveAll(r => r.Kind == kind && r.From == fromId);
        RelationshipCount -= removed;
        return removed > 0;
    }

    public EntityPage Find(EntityQuery query)
    {
        IEnumerable<string> ids = query.Kinds.Count == 0 ? _nodes.Keys : query.Kinds.Distinct().SelectMany(k => _byKind[k]);
        var matches = ids.Select(id => _nodes[id].Entity).Where(e => Matches(e, query)).ToList();
        matches.Sort(Comparer(query.OrderBy, query.Descending));
        var page = matches.Skip(query.Offset).Take(query.Limit).ToList();
        return new EntityPage(page, matches.Count);
    }

    public IReadOnlyList<RelatedEntity> Related(string id, RelationFilter filter)
    {
        if (!_nodes.TryGetValue(id, out var node))
        {
            return [];
        }

        var result = new List<RelatedEntity>();
        if (filter.Direction is Direction.Outgoing or Direction.Both)
        {
            AddRelated(node.Outgoing, Direction.Outgoing, filter, result);
        }

        if (filter.Direction is Direction.Incoming or Direction.Both)
        {
            AddRelated(node.Incoming, Direction.Incoming, filter, result);
        }

        return result;
    }

    public TraversalResult Traverse(TraversalRequest request)
    {
        if (!_nodes.ContainsKey(request.StartId))
        {
            throw new EntityNotFoundException(request.StartId);
        }

        var reachedBy = new Dictionary<string, (string Parent, Relationship Via, Direction Direction)>(StringComparer.Ordinal) { [request.StartId] = default };
        var found = new List<string>();
        var frontier = new List<string> { request.StartId };
        var truncated = false;
        for (var depth = 1; depth <= request.MaxDepth && frontier.Count > 0 && !truncated; depth++)
        {
            var next = new List<string>();
            foreach (var id in frontier)
            {
                var steps = depth == 1 ? request.Steps.Concat(request.InitialSteps) : request.Steps;
                foreach (var (relationship, direction, otherId) in Hops(_nodes[id], steps))
                {
                    if (reachedBy.ContainsKey(otherId))
                    {
                        continue;
                    }

                    if (found.Count == request.MaxResults)
                    {
                        truncated = true;
                        break;
                    }

                    reachedBy[otherId] = (id, relationship, direction);
                    found.Add(otherId);
                    next.Add(otherId);
                }

                if (truncated)
                {
                    break;
                }
            }

            frontier = next;
        }

        var paths = found.Select(id => new GraphPath(request.StartId, PathTo(id, request.StartId, reachedBy))).ToList();
        return new TraversalResult(paths, truncated);
    }

    public Subgraph Neighborhood(NeighborhoodRequest request)
    {
        if (!_nodes.ContainsKey(request.CenterId))
        {
            throw new EntityNotFoundException(request.CenterId);
        }

        var kinds = request.Kinds.Count == 0 ? null : request.Kinds.ToHashSet();
        var included = new HashSet<string>(StringComparer.Ordinal) { request.CenterId };
        var order = new List<string> { request.CenterId };
        var frontier = new List<string> { request.CenterId };
        var truncated = false;
        for (var depth = 1; depth <= request.Depth && frontier.Count > 0 && !truncated; depth++)
        {
            var next = new List<string>();
            foreach (var id in frontier)
            {
                var node = _nodes[id];
                foreach (var relationship in node.Outgoing.Concat(node.Incoming))
                {
                    if (kinds is not null && !kinds.Contains(relationship.Kind))
                    {
                        continue;
                    }

                    var other = relationship.From == id ? relationship.To : relationship.From;
                    if (included.Contains(other))
                    {
                        continue;
                    }

                    if (included.Count == request.MaxNodes)
                    {
                        truncated = true;
                        break;
                    }

                    included.Add(other);
                    order.Add(other);
                    next.Add(other);
                }

                if (truncated)
                {
                    break;
                }
            }

            frontier = next;
        }

        var edges = order.SelectMany(id => _nodes[id].Outgoing)
            .Where(r => included.Contains(r.To) && (kinds is null || kinds.Contains(r.Kind)))
            .ToList();
        return new Subgraph(order.Select(id => _nodes[id].Entity).ToList(), edges, truncated);
    }

    public GraphStatistics Statistics()
    {
        var byKind = _byKind.ToDictionary(p => p.Key, p => p.Value.Count);
        var byRelationship = Enum.GetValues<RelationshipKind>().ToDictionary(k => k, _ => 0);
        foreach (var relationship in _nodes.Values.SelectMany(n => n.Outgoing))
        {
            byRelationship[relationship.Kind]++;
        }

        return new GraphStatistics(EntityCount, RelationshipCount, byKind, byRelationship);
    }

    public GraphData Export() => new(
        _nodes.Values.Select(n => n.Entity).OrderBy(e => e.Id, StringComparer.Ordinal).ToList(),
        _nodes.Values.SelectMany(n => n.Outgoing).OrderBy(r => r.Id, StringComparer.Ordinal).ToList());

    private IEnumerable<(Relationship Relationship, Direction Direction, string OtherId)> Hops(EntityNode node, IEnumerable<TraversalStep> steps)
    {
        foreach (var step in steps)
        {
            if (step.Direction is Direction.Outgoing or Direction.Both)
            {
                foreach (var relationship in node.Outgoing)
                {
                    if (relationship.Kind == step.Kind && Allows(step, relationship.To))
                    {
                        yield return (relationship, Direction.Outgoing, relationship.To);
                    }
                }
            }

            if (step.Direction is Direction.Incoming or Direction.Both)
            {
                foreach (var relationship in node.Incoming)
                {
                    if (relationship.Kind == step.Kind && Allows(step, relationship.From))
                    {
                        yield return (relationship, Direction.Incoming, relationship.From);
                    }
                }
            }
        }
    }

    private bool Allows(TraversalStep step, string otherId) => step.Into.Count == 0 || step.Into.Contains(_nodes[otherId].Entity.Kind);

    private List<PathSegment> PathTo(string id, string startId, Dictionary<string, (string Parent, Relationship Via, Direction Direction)> reachedBy)
    {
        var segments = new List<PathSegment>();
        for (var current = id; current != startId; current = reachedBy[current].Parent)
        {
            var (_, via, direction) = reachedBy[current];
            segments.Add(new PathSegment(via, direction, _nodes[current].Entity));
        }

        segments.Reverse();
        return segments;
    }

    private void AddRelated(List<Relationship> relationships, Direction direction, RelationFilter filter, List<RelatedEntity> result)
    {
        foreach (var relationship in relationships)
        {
            if (filter.Kinds.Count > 0 && !filter.Kinds.Contains(relationship.Kind))
            {
                continue;
            }

            var other = _nodes[direction == Direction.Outgoing ? relationship.To : relationship.From].Entity;
            if (filter.OtherKinds.Count > 0 && !filter.OtherKinds.Contains(other.Kind))
            {
                continue;
            }

            result.Add(new RelatedEntity(relationship, direction, other));
        }
    }

    private static bool Matches(Entity entity, EntityQuery query)
    {
        foreach (var (key, value) in query.Attributes)
        {
            if (entity.Attribute(key) != value)
            {
                return false;
            }
        }

        if (string.IsNullOrEmpty(query.Search))
        {
            return true;
        }

        var search = query.Search;
        return entity.Name.Contains(search, StringComparison.OrdinalIgnoreCase)
            || entity.NameEn.Contains(search, StringComparison.OrdinalIgnoreCase)
            || entity.Id.Contains(search, StringComparison.OrdinalIgnoreCase)
            || entity.Aliases.Any(a => a.Contains(search, StringComparison.OrdinalIgnoreCase));
    }

    private static Comparison<Entity> Comparer(EntityOrder order, bool descending)
    {
        Func<Entity, string> key = order switch
        {
            EntityOrder.Name => e => e.Name,
            EntityOrder.NameEn => e => e.NameEn,
            EntityOrder.Kind => e => e.Kind.ToString(),
            _ => e => e.Id,
        };
        var sign = descending ? -1 : 1;
        return (a, b) =>
        {
            var byKey = string.CompareOrdinal(key(a), key(b));
            return sign * (byKey != 0 ? byKey : string.CompareOrdinal(a.Id, b.Id));
        };
    }
}
