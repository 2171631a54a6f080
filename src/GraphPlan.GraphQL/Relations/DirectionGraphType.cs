using GraphPlan.Core.Graph;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Relations;

public sealed class DirectionGraphType : EnumerationGraphType<Direction>
{
    public DirectionGraphType()
    {
        Name = "Direction";
        Description = "Which way a relationship points from the entity at hand.";
    }
}
