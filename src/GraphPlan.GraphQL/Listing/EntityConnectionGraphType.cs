using GraphPlan.GraphQL.Entities;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Listing;

public sealed class EntityConnectionGraphType : ObjectGraphType<EntityConnection>
{
    public EntityConnectionGraphType()
    {
        Name = "EntityConnection";
        Description = "A page of entities, Relay style.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many entities match, across all pages.").Resolve(ctx => ctx.Source.TotalCount);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Resolve(ctx => ctx.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityEdgeGraphType>>>>("edges")
            .Resolve(ctx => ctx.Source.Items.Select((node, i) => (node, ctx.Source.Offset + i)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterfaceGraphType>>>>("nodes").Resolve(ctx => ctx.Source.Items);
    }
}
