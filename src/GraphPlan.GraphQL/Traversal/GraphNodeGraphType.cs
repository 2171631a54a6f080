using GraphPlan.Core.Graph;
using GraphPlan.GraphQL.Entities;
using GraphPlan.GraphQL.Records;
using GraphPlan.GraphQL.Schema;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Traversal;

public sealed class GraphNodeGraphType : ObjectGraphType<Entity>
{
    public GraphNodeGraphType()
    {
        Name = "GraphNode";
        Description = "A node for a graph visualization: flat fields, with the full entity when more is needed.";
        Field<NonNullGraphType<IdGraphType>>("id").ResolveSource(source => source.Id);
        Field<NonNullGraphType<EntityKindGraphType>>("kind").ResolveSource(source => Boxed.Of(source.Kind));
        Field<NonNullGraphType<StringGraphType>>("label").Description("The Chinese name.").ResolveSource(source => source.Name);
        Field<NonNullGraphType<StringGraphType>>("labelEn").Description("The English name.").ResolveSource(source => source.NameEn);
        Field<NonNullGraphType<EntityInterfaceGraphType>>("entity").ResolveSource(source => source);
    }
}
