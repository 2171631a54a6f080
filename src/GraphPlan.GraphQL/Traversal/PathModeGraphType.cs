using GraphPlan.Core.Store;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Traversal;

public sealed class PathModeGraphType : EnumerationGraphType<PathMode>
{
    public PathModeGraphType()
    {
        Name = "PathMode";
        Description = "SHORTEST: every path of the fewest hops. ALL_SIMPLE: every path that visits no entity twice, within the hop limit.";
    }
}
