using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

public sealed record EntityPage(IReadOnlyList<Entity> Items, int TotalCount);
