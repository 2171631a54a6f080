using GraphPlan.Core.Graph;

namespace GraphPlan.Storage.Embedded;

/// <summary>An entity in memory with its adjacency, so a hop costs the node's degree, not the graph's size.</summary>
internal sealed class EntityNode(Entity entity)
{
    public Entity Entity { get; set; } = entity;

    /// <summary>Relationships from this entity, in the order they were linked.</summary>
    public List<Adjacent> Outgoing { get; } = [];

    /// <summary>Relationships to this entity, in the order they were linked.</summary>
    public List<Adjacent> Incoming { get; } = [];
}
