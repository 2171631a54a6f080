namespace GraphPlan.Core.Store;

/// <summary>The paths a traversal found, nearest first, and whether it stopped at its result limit.</summary>
public sealed record TraversalResult(IReadOnlyList<GraphPath> Paths, bool Truncated);
