using GraphPlan.Core.Graph;

namespace GraphPlan.GraphQL.Listing;

/// <summary>One page of a list: the entities, where the page starts, and how many match in all.</summary>
public sealed record EntityConnection(IReadOnlyList<Entity> Items, int Offset, int TotalCount);
