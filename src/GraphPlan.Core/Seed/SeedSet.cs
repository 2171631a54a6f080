using GraphPlan.Core.Store;

namespace GraphPlan.Core.Seed;

/// <summary>A validated seed: the graph to import and the plan text its quotes were checked against.</summary>
public sealed record SeedSet(GraphData Graph, string? SourceText, IReadOnlyList<string> Files);
