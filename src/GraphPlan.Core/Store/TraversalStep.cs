using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>A relationship kind a traversal may follow, and which way.</summary>
public sealed record TraversalStep(RelationshipKind Kind, Direction Direction);
