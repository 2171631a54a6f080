using GraphPlan.Core.Graph;
using GraphPlan.GraphQL.Entities;
using GraphPlan.GraphQL.Relations;
using GraphPlan.GraphQL.Schema;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Traversal;

public sealed class GraphEdgeGraphType : ObjectGraphType<Relationship>
{
    public GraphEdgeGraphType()
    {
        Name = "GraphEdge";
        Description = "An edge for a graph visualization: source and target are node ids.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<IdGraphType>>("source").Resolve(ctx => ctx.Source.From);
        Field<NonNullGraphType<IdGraphType>>("target").Resolve(ctx => ctx.Source.To);
        Field<NonNullGraphType<RelationshipKindGraphType>>("kind").Resolve(ctx => Boxed.Of(ctx.Source.Kind));
        Field<NonNullGraphType<BasisGraphType>>("basis").Description("The strongest basis among its citations.").Resolve(ctx => Boxed.Of(ctx.Source.Basis));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvenanceGraphType>>>>("provenance").Resolve(ctx => ctx.Source.Provenance);
        Field<StringGraphType>("reasoning").Description("Why the link holds, in one English sentence, when no quote states it (set whenever the strongest basis is INFERRED).").Resolve(ctx => ctx.Source.Reasoning);
    }
}
