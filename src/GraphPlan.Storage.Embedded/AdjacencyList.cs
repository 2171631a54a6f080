namespace GraphPlan.Storage.Embedded;

/// <summary>
/// One direction of a node's relationships: an array and a count, kept inside the node. A <see cref="List{T}"/> per
/// direction was one more object per node and direction, 64 MB at a million entities. A mutable struct: reach it by
/// reference (<see cref="EntityNode.Outgoing"/>), never copy it to change it.
/// </summary>
internal struct AdjacencyList
{
    private Adjacent[] _items;
    private int _count;

    public AdjacencyList() => _items = [];

    public readonly int Count => _count;

    public readonly ReadOnlySpan<Adjacent> Items => _items.AsSpan(0, _count);

    public readonly Adjacent this[int index] => Items[index];

    public readonly ReadOnlySpan<Adjacent>.Enumerator GetEnumerator() => Items.GetEnumerator();

    public void Add(Adjacent adjacent)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _count == 0 ? 4 : _count * 2);
        }

        _items[_count++] = adjacent;
    }

    /// <summary>The position of the relationship of <paramref name="kind"/> to <paramref name="other"/>; -1 when there is none.</summary>
    public readonly int IndexOf(EntityNode other, Core.Graph.RelationshipKind kind)
    {
        var items = Items;
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i].Other == other && items[i].Relationship.Kind == kind)
            {
                return i;
            }
        }

        return -1;
    }

    public readonly void Replace(int index, Adjacent adjacent) => _items[index] = adjacent;

    /// <summary>Removes the relationships of <paramref name="kind"/> to <paramref name="other"/>, keeping the order of the rest; returns how many.</summary>
    public int Remove(EntityNode other, Core.Graph.RelationshipKind kind)
    {
        var kept = 0;
        for (var i = 0; i < _count; i++)
        {
            if (_items[i].Other != other || _items[i].Relationship.Kind != kind)
            {
                _items[kept++] = _items[i];
            }
        }

        var removed = _count - kept;
        Array.Clear(_items, kept, removed);
        _count = kept;
        return removed;
    }

    public void TrimExcess()
    {
        if (_count < _items.Length)
        {
            Array.Resize(ref _items, _count);
        }
    }
}
