using GraphPlan.GraphQL.Entities;
using GraphPlan.GraphQL.Listing;
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
            .Resolve(ctx => ctx.Source.Hit.Score);
        Field<NonNullGraphType<EntityInterfaceGraphType>>("entity").Resolve(ctx => ctx.Source.Hit.Entity);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHighlightGraphType>>>>("highlights").Resolve(ctx => ctx.Source.Hit.Highlights);
        Field<NonNullGraphType<StringGraphType>>("cursor").Description("Pass as `after` for the hits that follow this one.").Resolve(ctx => Cursor.At(ctx.Source.Offset));
    }
}
