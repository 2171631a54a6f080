using GraphPlan.GraphQL.Records;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Listing;

public sealed class PageInfoGraphType : ObjectGraphType<EntityConnection>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").ResolveSource(source => source.Offset + source.Items.Count < source.TotalCount);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").ResolveSource(source => source.Offset > 0);
        Field<StringGraphType>("startCursor").ResolveSource(source => source.Items.Count == 0 ? null : Cursor.At(source.Offset));
        Field<StringGraphType>("endCursor").ResolveSource(source => source.Items.Count == 0 ? null : Cursor.At(source.Offset + source.Items.Count - 1));
    }
}
