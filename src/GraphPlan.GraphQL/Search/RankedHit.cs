using GraphPlan.Core.Search;

namespace GraphPlan.GraphQL.Search;

/// <summary>A hit and its position in the whole ranking (for its cursor).</summary>
public sealed record RankedHit(SearchHit Hit, int Offset);
