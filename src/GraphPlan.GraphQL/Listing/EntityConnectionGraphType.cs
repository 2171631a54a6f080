using GraphPlan.GraphQL.Entities;
using GraphPlan.GraphQL.Records;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Listing;

public sealed class EntityConnectionGraphType : ObjectGraphType<EntityConnection>
{
    public EntityConnectionGraphType()
    {
        Name = "EntityConnection";
        Description = "A page of entities, Relay style.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many entities match, across all pages.").ResolveSource(source => source.TotalCount);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").ResolveSource(source => source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityEdgeGraphType>>>>("edges")
            .ResolveSource(source => source.Items.Select((node, i) => (node, source.Offset + i)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterfaceGraphType>>>>("nodes").ResolveSource(source => source.Items);
    }
}
