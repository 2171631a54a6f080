using GraphPlan.Core.Graph;
using GraphPlan.GraphQL.Entities;
using GraphPlan.GraphQL.Schema;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Traversal;

public sealed class GraphNodeGraphType : ObjectGraphType<Entity>
{
    public GraphNodeGraphType()
    {
        Name = "GraphNode";
        Description = "A node for a graph visualization: flat fields, with the full entity when more is needed.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<EntityKindGraphType>>("kind").Resolve(ctx => Boxed.Of(ctx.Source.Kind));
        Field<NonNullGraphType<StringGraphType>>("label").Description("The Chinese name.").Resolve(ctx => ctx.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("labelEn").Description("The English name.").Resolve(ctx => ctx.Source.NameEn);
        Field<NonNullGraphType<EntityInterfaceGraphType>>("entity").Resolve(ctx => ctx.Source);
    }
}
