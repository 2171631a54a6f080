using GraphPlan.Core.Graph;
using GraphPlan.Core.Search;

namespace GraphPlan.GraphQL.Search;

/// <summary>A matching sentence with its section and citing entities read from the store.</summary>
public sealed record PassageResult(Passage Passage, Entity? Section, IReadOnlyList<Entity> CitedBy);
