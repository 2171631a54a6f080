using GraphPlan.Core.Store;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Traversal;

public sealed class PathsGraphType : ObjectGraphType<TraversalResult>
{
    public PathsGraphType()
    {
        Name = "Paths";
        Description = "Paths between two entities, fewest hops first, then by the relationship ids along them.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathGraphType>>>>("nodes").Description("At most `first` paths; empty when the entities are not connected within the hop limit.").Resolve(ctx => ctx.Source.Paths);
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description("True when there were more paths than `first` (or than the search holds).").Resolve(ctx => ctx.Source.Truncated);
    }
}
