using GraphPlan.Core.Graph;

namespace GraphPlan.Storage.Embedded;

/// <summary>
/// Entities by the year and role of their values, per kind: "every indicator with a target for 2020" without scanning
/// every indicator. Each set keeps its nodes sorted by id for paging, sorted on first use and dropped when a write adds
/// or removes one of its nodes (a write that keeps an entity's years and roles keeps the order: it holds nodes, whose ids
/// never change). Thread-safe for concurrent readers; <see cref="Update"/> must only be called while no reader runs
/// (under the store's write lock).
/// </summary>
internal sealed class ValueIndex
{
    private readonly Dictionary<Key, Entry> _entries = [];

    /// <summary>Moves the node from the sets of <paramref name="before"/>'s values to those of <paramref name="after"/>'s (either may be null).</summary>
    public void Update(EntityNode node, Entity? before, Entity? after)
    {
        if (before is not null)
        {
            foreach (var value in before.Values)
            {
                var key = new Key(value.Year, value.Role, before.Kind);
                if ((after is null || !Holds(after, key)) && _entries.TryGetValue(key, out var entry) && entry.Nodes.Remove(node))
                {
                    entry.Sorted = null;
                }
            }
        }

        if (after is not null)
        {
            foreach (var value in after.Values)
            {
                var key = new Key(value.Year, value.Role, after.Kind);
                if (!_entries.TryGetValue(key, out var entry))
                {
                    _entries[key] = entry = new Entry();
                }

                if (entry.Nodes.Add(node))
                {
                    entry.Sorted = null;
                }
            }
        }
    }

    /// <summary>The nodes of the kinds in <paramref name="kindMask"/> with a value of the year and role, in no order.</summary>
    public IEnumerable<EntityNode> Nodes(int year, ValueRole role, int kindMask)
    {
        foreach (var (key, entry) in _entries)
        {
            if (key.Year == year && key.Role == role && (kindMask & (1 << (int)key.Kind)) != 0)
            {
                foreach (var node in entry.Nodes)
                {
                    yield return node;
                }
            }
        }
    }

    /// <summary>The nodes of the kind with a value of the year and role, ascending by id (ordinal).</summary>
    public EntityNode[] Sorted(int year, ValueRole role, EntityKind kind)
    {
        if (!_entries.TryGetValue(new Key(year, role, kind), out var entry))
        {
            return [];
        }

        if (Volatile.Read(ref entry.Sorted) is { } sorted)
        {
            return sorted;
        }

        lock (entry)
        {
            if (entry.Sorted is null)
            {
                var nodes = entry.Nodes.ToArray();
                Array.Sort(nodes, (a, b) => string.CompareOrdinal(a.Entity.Id, b.Entity.Id));
                Volatile.Write(ref entry.Sorted, nodes);
            }

            return entry.Sorted;
        }
    }

    private static bool Holds(Entity entity, Key key)
    {
        if (entity.Kind != key.Kind)
        {
            return false;
        }

        foreach (var value in entity.Values)
        {
            if (value.Year == key.Year && value.Role == key.Role)
            {
                return true;
            }
        }

        return false;
    }

    private readonly record struct Key(int Year, ValueRole Role, EntityKind Kind);

    private sealed class Entry
    {
        public readonly HashSet<EntityNode> Nodes = [];

        public EntityNode[]? Sorted;
    }
}
