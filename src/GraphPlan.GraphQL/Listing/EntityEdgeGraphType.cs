using GraphPlan.Core.Graph;
using GraphPlan.GraphQL.Entities;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Listing;

public sealed class EntityEdgeGraphType : ObjectGraphType<(Entity Node, int Offset)>
{
    public EntityEdgeGraphType()
    {
        Name = "EntityEdge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(ctx => Cursor.At(ctx.Source.Offset));
        Field<NonNullGraphType<EntityInterfaceGraphType>>("node").Resolve(ctx => ctx.Source.Node);
    }
}
