using GraphPlan.Core.Graph;

namespace GraphPlan.Storage.Embedded;

/// <summary>An entity in memory with its adjacency, so a hop costs the node's degree, not the graph's size.</summary>
internal sealed class EntityNode(Entity entity, int ordinal)
{
    private AdjacencyList _outgoing = new();
    private AdjacencyList _incoming = new();

    public Entity Entity { get; set; } = entity;

    /// <summary>Relationships from this entity, in the order they were linked.</summary>
    public ref AdjacencyList Outgoing => ref _outgoing;

    /// <summary>Relationships to this entity, in the order they were linked.</summary>
    public ref AdjacencyList Incoming => ref _incoming;

    /// <summary>Where the node sits in the list of its kind (<see cref="GraphIndex"/>): leaving it costs no search.</summary>
    public int KindSlot { get; set; }

    /// <summary>
    /// Nodes are equal only to themselves; their hash is the order they were made in, so sets of nodes need no identity
    /// hash (whose first use on each of a million new nodes was a visible share of the start-up).
    /// </summary>
    public override int GetHashCode() => ordinal;

    public override bool Equals(object? obj) => ReferenceEquals(this, obj);
}
