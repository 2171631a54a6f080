using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>A relationship seen from one end: which way it points from there, and the entity at the other end.</summary>
public sealed record RelatedEntity(Relationship Relationship, Direction Direction, Entity Other);
