using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Records;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Traversal;

public sealed class SubgraphGraphType : ObjectGraphType<Subgraph>
{
    public SubgraphGraphType()
    {
        Name = "Subgraph";
        Description = "Nodes and the edges among them, the shape graph visualization libraries take.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphNodeGraphType>>>>("nodes").Description("The centre first, then nearest first.").ResolveSource(source => source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GraphEdgeGraphType>>>>("edges").ResolveSource(source => source.Edges);
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description("True when the node limit cut the subgraph short.").ResolveSource(source => source.Truncated);
    }
}
