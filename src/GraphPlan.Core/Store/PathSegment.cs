using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>One hop of a path: the relationship crossed, which way, and the entity reached.</summary>
public sealed record PathSegment(Relationship Relationship, Direction Direction, Entity Entity);
