using GraphQL.Types;

namespace GraphPlan.GraphQL.Listing;

public sealed class PageInfoGraphType : ObjectGraphType<EntityConnection>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(ctx => ctx.Source.Offset + ctx.Source.Items.Count < ctx.Source.TotalCount);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Resolve(ctx => ctx.Source.Offset > 0);
        Field<StringGraphType>("startCursor").Resolve(ctx => ctx.Source.Items.Count == 0 ? null : Cursor.At(ctx.Source.Offset));
        Field<StringGraphType>("endCursor").Resolve(ctx => ctx.Source.Items.Count == 0 ? null : Cursor.At(ctx.Source.Offset + ctx.Source.Items.Count - 1));
    }
}
