using GraphPlan.GraphQL.Listing;
using GraphPlan.GraphQL.Records;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Search;

public sealed class SearchResultsGraphType : ObjectGraphType<SearchPage>
{
    public SearchResultsGraphType()
    {
        Name = "SearchResults";
        Description = "A page of ranked search hits.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many entities matched, across all pages.").ResolveSource(source => source.Results.TotalCount);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").ResolveSource(source => source.AsConnection());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitGraphType>>>>("hits")
            .Description("Best first.")
            .ResolveSource(source => source.Results.Hits.Select((hit, i) => new RankedHit(hit, source.Offset + i)).ToList());
    }
}
