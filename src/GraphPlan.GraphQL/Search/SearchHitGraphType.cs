using GraphPlan.GraphQL.Entities;
using GraphPlan.GraphQL.Listing;
using GraphPlan.GraphQL.Records;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Search;

public sealed class SearchHitGraphType : ObjectGraphType<RankedHit>
{
    public SearchHitGraphType()
    {
        Name = "SearchHit";
        Description = "An entity that matched a search.";
        Field<NonNullGraphType<FloatGraphType>>("score")
            .Description("Higher is better; comparable within one search only. An exact name or id scores at least 1000, an exact alias or English name 300, a Chinese name holding every term 100, an alias 30, the English name 10, a provenance quote 1 (near matches half).")
            .ResolveSource(source => source.Hit.Score);
        Field<NonNullGraphType<EntityInterfaceGraphType>>("entity").ResolveSource(source => source.Hit.Entity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHighlightGraphType>>>>("highlights").ResolveSource(source => source.Hit.Highlights);
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` for the hits that follow this one.").ResolveSource(source => Cursor.At(source.Offset));
    }
}
