using GraphPlan.Core.Graph;
using GraphPlan.GraphQL.Entities;
using GraphPlan.GraphQL.Records;
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
        Field<NonNullGraphType<IdGraphType>>("id").ResolveSource(source => source.Id);
        Field<NonNullGraphType<IdGraphType>>("source").ResolveSource(source => source.From);
        Field<NonNullGraphType<IdGraphType>>("target").ResolveSource(source => source.To);
        Field<NonNullGraphType<RelationshipKindGraphType>>("kind").ResolveSource(source => Boxed.Of(source.Kind));
        Field<NonNullGraphType<BasisGraphType>>("basis").Description("The strongest basis among its citations.").ResolveSource(source => Boxed.Of(source.Basis));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvenanceGraphType>>>>("provenance").ResolveSource(source => source.Provenance);
        Field<StringGraphType>("reasoning").Description("Why the link holds, in one English sentence, when no quote states it (set whenever the strongest basis is INFERRED).").ResolveSource(source => source.Reasoning);
    }
}
