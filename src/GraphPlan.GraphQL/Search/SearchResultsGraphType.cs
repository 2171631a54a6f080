using GraphPlan.GraphQL.Listing;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Search;

public sealed class SearchResultsGraphType : ObjectGraphType<SearchPage>
{
    public SearchResultsGraphType()
    {
        Name = "SearchResults";
        Description = "A page of ranked search hits.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many entities matched, across all pages.").Resolve(ctx => ctx.Source.Results.TotalCount);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Resolve(ctx => ctx.Source.AsConnection());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitGraphType>>>>("hits")
            .Description("Best first.")
            .Resolve(ctx => ctx.Source.Results.Hits.Select((hit, i) => new RankedHit(hit, ctx.Source.Offset + i)).ToList());
    }
}
