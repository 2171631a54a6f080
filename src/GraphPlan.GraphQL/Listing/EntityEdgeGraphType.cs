using GraphPlan.Core.Graph;
using GraphPlan.GraphQL.Entities;
using GraphPlan.GraphQL.Records;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Listing;

public sealed class EntityEdgeGraphType : ObjectGraphType<(Entity Node, int Offset)>
{
    public EntityEdgeGraphType()
    {
        Name = "EntityEdge";
        Field<NonNullGraphType<StringGraphType>>("cursor").ResolveSource(source => Cursor.At(source.Offset));
        Field<NonNullGraphType<EntityInterfaceGraphType>>("node").ResolveSource(source => source.Node);
    }
}
