using GraphPlan.Core.Search;
using GraphPlan.GraphQL.Listing;

namespace GraphPlan.GraphQL.Search;

/// <summary>A page of search results and where it starts.</summary>
public sealed record SearchPage(SearchResults Results, int Offset)
{
    public EntityConnection AsConnection() => new(Results.Hits.Select(h => h.Entity).ToList(), Offset, Results.TotalCount);
}
