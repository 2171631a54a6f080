using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Records;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Traversal;

public sealed class PathGraphType : ObjectGraphType<GraphPath>
{
    public PathGraphType()
    {
        Name = "Path";
        Description = "A path between two entities: its hops in order, each with the relationship crossed, which way, its provenance and the entity reached.";
        Field<NonNullGraphType<IntGraphType>>("length").Description("Hops on the path.").ResolveSource(source => source.Depth);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathStepGraphType>>>>("steps").Description("From the start; the last step reaches the end.").ResolveSource(source => source.Segments);
    }
}
