using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Records;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Traversal;

public sealed class PathsGraphType : ObjectGraphType<TraversalResult>
{
    public PathsGraphType()
    {
        Name = "Paths";
        Description = "Paths between two entities, fewest hops first, then by the relationship ids along them.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathGraphType>>>>("nodes").Description("At most `first` paths; empty when the entities are not connected within the hop limit.").ResolveSource(source => source.Paths);
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description("True when there were more paths than `first` (or than the search holds).").ResolveSource(source => source.Truncated);
    }
}
