using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;

namespace GraphPlan.Storage.Embedded;

/// <summary>
/// Entity lists sorted for paging, built on first use and kept until a write touches their kinds: for a set of kinds,
/// an order and (optionally) exact attribute values. A page of a kind then costs the page, not the kind's size.
/// Thread-safe for concurrent readers; <see cref="Invalidate"/> must only be called while no reader runs (under the
/// store's write lock).
/// </summary>
internal sealed class SortedEntityLists
{
    /// <summary>Bounds the cache: attribute filters come from requests, so their combinations are not a closed set.</summary>
    private const int MaxLists = 256;

    private static readonly string[] _kindNames = Enum.GetValues<EntityKind>().Select(k => k.ToString()).ToArray();

    private readonly Dictionary<ListKey, Entity[]> _lists = [];
    private readonly Lock _gate = new();

    /// <summary>The entities of the kinds in <paramref name="kindMask"/> with the attributes, ascending by the order then id.</summary>
    public Entity[] Get(int kindMask, EntityOrder order, IReadOnlyDictionary<string, string> attributes, Func<int, IEnumerable<Entity>> entitiesOfKinds)
    {
        var allKey = new ListKey(kindMask, order, string.Empty);
        var key = attributes.Count == 0 ? allKey : new ListKey(kindMask, order, AttributeKey(attributes));
        lock (_gate)
        {
            if (_lists.TryGetValue(key, out var list))
            {
                return list;
            }

            if (!_lists.TryGetValue(allKey, out var all))
            {
                all = entitiesOfKinds(kindMask).ToArray();
                Array.Sort(all, Comparer(order));
                Add(allKey, all);
            }

            if (attributes.Count == 0)
            {
                return all;
            }

            // The sorted list of the kinds, filtered: already in order.
            list = Array.FindAll(all, e => HasAttributes(e, attributes));
            Add(key, list);
            return list;
        }
    }

    /// <summary>Drops the lists that hold entities of <paramref name="kind"/>.</summary>
    public void Invalidate(EntityKind kind)
    {
        if (_lists.Count == 0)
        {
            return;
        }

        var bit = 1 << (int)kind;
        foreach (var key in _lists.Keys.Where(k => (k.KindMask & bit) != 0).ToList())
        {
            _lists.Remove(key);
        }
    }

    public static bool HasAttributes(Entity entity, IReadOnlyDictionary<string, string> attributes)
    {
        foreach (var (key, value) in attributes)
        {
            if (entity.Attribute(key) != value)
            {
                return false;
            }
        }

        return true;
    }

    private void Add(ListKey key, Entity[] list)
    {
        if (_lists.Count >= MaxLists)
        {
            _lists.Clear();
        }

        _lists[key] = list;
    }

    private static string AttributeKey(IReadOnlyDictionary<string, string> attributes) =>
        attributes.Count == 0 ? string.Empty : string.Join('\u0001', attributes.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}\u0002{p.Value}"));

    private static Comparison<Entity> Comparer(EntityOrder order) => order switch
    {
        EntityOrder.Name => (a, b) => Tie(string.CompareOrdinal(a.Name, b.Name), a, b),
        EntityOrder.NameEn => (a, b) => Tie(string.CompareOrdinal(a.NameEn, b.NameEn), a, b),
        EntityOrder.Kind => (a, b) => Tie(string.CompareOrdinal(_kindNames[(int)a.Kind], _kindNames[(int)b.Kind]), a, b),
        _ => (a, b) => string.CompareOrdinal(a.Id, b.Id),
    };

    private static int Tie(int byKey, Entity a, Entity b) => byKey != 0 ? byKey : string.CompareOrdinal(a.Id, b.Id);

    private readonly record struct ListKey(int KindMask, EntityOrder Order, string Attributes);
}
