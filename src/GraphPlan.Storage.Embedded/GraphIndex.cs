using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using GraphPlan.Search;

namespace GraphPlan.Storage.Embedded;

/// <summary>
/// The whole graph in memory: entities by id, adjacency lists that point at nodes (a hop needs no lookup), entities
/// by kind, and sorted entity lists for paging built on demand. Not thread-safe on its own; <see cref="EmbeddedGraphStore"/>
/// guards it with a reader-writer lock (concurrent reads, exclusive writes).
/// </summary>
internal sealed partial class GraphIndex
{
    private static readonly int _kindCount = Enum.GetValues<EntityKind>().Length;

    private readonly Dictionary<string, EntityNode> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntityNode>.AlternateLookup<ReadOnlySpan<char>> _nodesBySpan;
    private readonly List<EntityNode>[] _byKind = Enumerable.Range(0, _kindCount).Select(_ => new List<EntityNode>()).ToArray();
    private readonly int[] _relationshipsByKind = new int[Enum.GetValues<RelationshipKind>().Length];
    private readonly SortedEntityLists _sorted = new();

    private readonly ValueIndex _byValue = new();

    private int _nodesMade;

    public GraphIndex() => _nodesBySpan = _nodes.GetAlternateLookup<ReadOnlySpan<char>>();

    public int RelationshipCount { get; private set; }

    public int EntityCount => _nodes.Count;

    /// <summary>The full-text index, once a search has built it; from then on every put and remove updates it too.</summary>
    public LuceneEntityIndex? Search { get; set; }

    public IEnumerable<Entity> Entities => _nodes.Values.Select(n => n.Entity);

    public Entity? Find(string id) => _nodes.TryGetValue(id, out var node) ? node.Entity : null;

    public bool Contains(string id) => _nodes.ContainsKey(id);

    public void Put(Entity entity)
    {
        Search?.Put(entity);
        _sorted.Invalidate(entity.Kind);
        if (_nodes.TryGetValue(entity.Id, out var node))
        {
            if (node.Entity.Kind != entity.Kind)
            {
                _sorted.Invalidate(node.Entity.Kind);
                LeaveKind(node);
                JoinKind(node, entity.Kind);
            }

            _byValue.Update(node, node.Entity, entity);
            node.Entity = entity;
            return;
        }

        node = new EntityNode(entity, _nodesMade++);
        _nodes[entity.Id] = node;
        JoinKind(node, entity.Kind);
        _byValue.Update(node, null, entity);
    }

    /// <summary>Gives back the spare room of the adjacency lists once a whole graph is loaded.</summary>
    public void TrimExcess()
    {
        foreach (var node in _nodes.Values)
        {
            node.Outgoing.TrimExcess();
            node.Incoming.TrimExcess();
        }
    }

    /// <summary>Removes the entity and returns the relationships that went with it.</summary>
    public IReadOnlyList<Relationship> Remove(string id)
    {
        if (!_nodes.TryGetValue(id, out var node))
        {
            return [];
        }

        Search?.Remove(id);
        var removed = new List<Relationship>(node.Outgoing.Count + node.Incoming.Count);
        foreach (var adjacent in node.Outgoing)
        {
            removed.Add(adjacent.Relationship);
        }

        foreach (var adjacent in node.Incoming)
        {
            // A relationship from the entity to itself is in both lists.
            if (!ReferenceEquals(adjacent.Other, node))
            {
                removed.Add(adjacent.Relationship);
            }
        }

        foreach (var relationship in removed)
        {
            Unlink(relationship.From, relationship.Kind, relationship.To);
        }

        _nodes.Remove(id);
        LeaveKind(node);
        _byValue.Update(node, node.Entity, null);
        _sorted.Invalidate(node.Entity.Kind);
        return removed;
    }

    /// <summary>Adds the relationship, or replaces the one of the same kind between the same entities.</summary>
    public void Link(Relationship relationship)
    {
        var from = _nodes[relationship.From];
        var to = _nodes[relationship.To];
        // Look for an existing edge in the shorter of the two lists: linking a leaf to a hub costs the leaf's degree.
        var exists = from.Outgoing.Count <= to.Incoming.Count
            ? from.Outgoing.IndexOf(to, relationship.Kind) >= 0
            : to.Incoming.IndexOf(from, relationship.Kind) >= 0;
        if (exists)
        {
            from.Outgoing.Replace(from.Outgoing.IndexOf(to, relationship.Kind), new Adjacent(relationship, to));
            to.Incoming.Replace(to.Incoming.IndexOf(from, relationship.Kind), new Adjacent(relationship, from));
            return;
        }

        Append(from, relationship, to);
    }

    /// <summary>The node of an id given as characters (while loading: no string per look-up); null when there is none.</summary>
    public EntityNode? Node(ReadOnlySpan<char> id) => _nodesBySpan.TryGetValue(id, out var node) ? node : null;

    /// <summary>
    /// Adds a relationship read back from the file, where the primary key already rules out duplicates. The ids are
    /// taken from the nodes, so the relationship shares their strings.
    /// </summary>
    public void LinkStored(EntityNode from, RelationshipKind kind, EntityNode to, IReadOnlyList<Provenance> provenance, string? reasoning) =>
        Append(from, new Relationship(from.Entity.Id, kind, to.Entity.Id) { Provenance = provenance, Reasoning = reasoning }, to);

    public bool Unlink(string fromId, RelationshipKind kind, string toId)
    {
        if (!_nodes.TryGetValue(fromId, out var from) || !_nodes.TryGetValue(toId, out var to))
        {
            return false;
        }

        var removed = from.Outgoing.Remove(to, kind);
        to.Incoming.Remove(from, kind);
        RelationshipCount -= removed;
        _relationshipsByKind[(int)kind] -= removed;
        return removed > 0;
    }

    public EntityPage Find(EntityQuery query)
    {
        var mask = 0;
        foreach (var kind in query.Kinds)
        {
            mask |= 1 << (int)kind;
        }

        if (mask == 0)
        {
            mask = (1 << _kindCount) - 1;
        }

        if (query.Where is not null || query.Sort.Count > 0 || query.OrderBy is EntityOrder.Attribute or EntityOrder.Value)
        {
            return FindFiltered(query, mask);
        }

        var sorted = _sorted.Get(mask, query.OrderBy, query.Attributes, EntitiesOfKinds);
        var offset = Math.Max(0, query.Offset);
        var limit = Math.Max(0, query.Limit);
        if (string.IsNullOrEmpty(query.Search))
        {
            // The list is exactly the matches, sorted: the page is a slice.
            return Slice(sorted, offset, limit, query.Descending, static e => e);
        }

        // Text search is a scan of the kinds' sorted list (no text index): cost grows with the kinds' size.
        var items = new List<Entity>(Math.Min(limit, 64));
        var total = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            var entity = sorted[query.Descending ? sorted.Length - 1 - i : i];
            if (!MatchesSearch(entity, query.Search))
            {
                continue;
            }

            if (total >= offset && items.Count < limit)
            {
                items.Add(entity);
            }

            total++;
        }

        return new EntityPage(items, total);
    }

    /// <summary>The page at <paramref name="offset"/> of a sorted list (read from its end when descending); the list's length is the total.</summary>
    private static EntityPage Slice<T>(T[] sorted, int offset, int limit, bool descending, Func<T, Entity> entity)
    {
        var count = Math.Max(0, Math.Min(Math.Max(0, limit), sorted.Length - offset));
        var page = new Entity[count];
        for (var i = 0; i < count; i++)
        {
            page[i] = entity(sorted[descending ? sorted.Length - 1 - offset - i : offset + i]);
        }

        return new EntityPage(page, sorted.Length);
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
            AddRelated(node.Outgoing.Items, Direction.Outgoing, filter, result);
        }

        if (filter.Direction is Direction.Incoming or Direction.Both)
        {
            AddRelated(node.Incoming.Items, Direction.Incoming, filter, result);
        }

        return result;
    }

    /// <summary>The shared walk (<see cref="TraversalWalk"/>) over the in-memory adjacency.</summary>
    public TraversalResult Traverse(TraversalRequest request)
    {
        var start = Find(request.StartId) ?? throw new EntityNotFoundException(request.StartId);
        var walk = new TraversalWalk(request, start);
        for (var frontier = walk.Frontier; frontier.Count > 0; frontier = walk.Frontier)
        {
            walk.Add(Level(frontier, walk.Kinds, walk.Reached));
        }

        return walk.Result();
    }

    /// <summary>The shared walk (<see cref="NeighborhoodWalk"/>) over the in-memory adjacency; the edges are the nodes' outgoing ones.</summary>
    public Subgraph Neighborhood(NeighborhoodRequest request)
    {
        var center = Find(request.CenterId) ?? throw new EntityNotFoundException(request.CenterId);
        var walk = new NeighborhoodWalk(request, center);
        for (var frontier = walk.Frontier; frontier.Count > 0; frontier = walk.Frontier)
        {
            walk.Add(Level(frontier, walk.Kinds, walk.Reached));
        }

        var count = 0;
        foreach (var node in walk.Nodes)
        {
            count += _nodes[node.Id].Outgoing.Count;
        }

        var outgoing = new List<Relationship>(count);
        foreach (var node in walk.Nodes)
        {
            foreach (var (relationship, _) in _nodes[node.Id].Outgoing)
            {
                outgoing.Add(relationship);
            }
        }

        return walk.Result(outgoing);
    }

    /// <summary>
    /// One level of a shared walk: each frontier entity's relationships of the kinds (every kind when none) to entities
    /// not yet reached. Listed lazily, when the walk comes to the entity, so a walk stopped by its cap lists no more.
    /// </summary>
    private LazyLevel Level(IReadOnlyList<string> frontier, IReadOnlyList<RelationshipKind> kinds, IReadOnlyCollection<string> reached)
    {
        var mask = 0;
        foreach (var kind in kinds)
        {
            mask |= 1 << (int)kind;
        }

        return new LazyLevel(frontier.Count, i =>
        {
            var node = _nodes[frontier[i]];
            var hops = new List<RelatedEntity>();
            Add(node.Outgoing.Items, Direction.Outgoing);
            Add(node.Incoming.Items, Direction.Incoming);
            return hops;

            void Add(ReadOnlySpan<Adjacent> adjacency, Direction direction)
            {
                foreach (var (relationship, other) in adjacency)
                {
                    if ((mask == 0 || (mask & (1 << (int)relationship.Kind)) != 0) && !reached.Contains(other.Entity.Id))
                    {
                        hops.Add(new RelatedEntity(relationship, direction, other.Entity));
                    }
                }
            }
        });
    }

    /// <summary>A level whose lists are made when they are read.</summary>
    private sealed class LazyLevel(int count, Func<int, IReadOnlyList<RelatedEntity>> item) : IReadOnlyList<IReadOnlyList<RelatedEntity>>
    {
        public int Count => count;

        public IReadOnlyList<RelatedEntity> this[int index] => item(index);

        public IEnumerator<IReadOnlyList<RelatedEntity>> GetEnumerator()
        {
            for (var i = 0; i < count; i++)
            {
                yield return item(i);
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    public GraphStatistics Statistics()
    {
        var byKind = Enum.GetValues<EntityKind>().ToDictionary(k => k, k => _byKind[(int)k].Count);
        var byRelationship = Enum.GetValues<RelationshipKind>().ToDictionary(k => k, k => _relationshipsByKind[(int)k]);
        return new GraphStatistics(EntityCount, RelationshipCount, byKind, byRelationship);
    }

    public GraphData Export()
    {
        var relationships = new List<Relationship>(RelationshipCount);
        foreach (var node in _nodes.Values)
        {
            foreach (var adjacent in node.Outgoing)
            {
                relationships.Add(adjacent.Relationship);
            }
        }

        relationships.Sort(RelationshipOrder.ById);
        return new(_nodes.Values.Select(n => n.Entity).OrderBy(e => e.Id, StringComparer.Ordinal).ToList(), relationships);
    }

    private void Append(EntityNode from, Relationship relationship, EntityNode to)
    {
        from.Outgoing.Add(new Adjacent(relationship, to));
        to.Incoming.Add(new Adjacent(relationship, from));
        RelationshipCount++;
        _relationshipsByKind[(int)relationship.Kind]++;
    }

    private void JoinKind(EntityNode node, EntityKind kind)
    {
        var members = _byKind[(int)kind];
        node.KindSlot = members.Count;
        members.Add(node);
    }

    /// <summary>Takes the node out of its kind's list; the last member takes its place.</summary>
    private void LeaveKind(EntityNode node)
    {
        var members = _byKind[(int)node.Entity.Kind];
        var last = members[^1];
        members[node.KindSlot] = last;
        last.KindSlot = node.KindSlot;
        members.RemoveAt(members.Count - 1);
    }

    private IEnumerable<Entity> EntitiesOfKinds(int mask)
    {
        for (var kind = 0; kind < _kindCount; kind++)
        {
            if ((mask & (1 << kind)) == 0)
            {
                continue;
            }

            foreach (var node in _byKind[kind])
            {
                yield return node.Entity;
            }
        }
    }

    private static void AddRelated(ReadOnlySpan<Adjacent> adjacency, Direction direction, RelationFilter filter, List<RelatedEntity> result)
    {
        foreach (var (relationship, other) in adjacency)
        {
            if (filter.Kinds.Count > 0 && !filter.Kinds.Contains(relationship.Kind))
            {
                continue;
            }

            if (filter.OtherKinds.Count > 0 && !filter.OtherKinds.Contains(other.Entity.Kind))
            {
                continue;
            }

            result.Add(new RelatedEntity(relationship, direction, other.Entity));
        }
    }

    private static bool MatchesSearch(Entity entity, string search)
    {
        if (entity.Name.Contains(search, StringComparison.OrdinalIgnoreCase)
            || entity.NameEn.Contains(search, StringComparison.OrdinalIgnoreCase)
            || entity.Id.Contains(search, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var alias in entity.Aliases)
        {
            if (alias.Contains(search, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
