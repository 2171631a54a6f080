using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Entities;
using GraphPlan.GraphQL.Records;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Traversal;

public sealed class SupporterGraphType : ObjectGraphType<GraphPath>
{
    public SupporterGraphType()
    {
        Name = "Supporter";
        Description = "Something that supports a target or goal, and the path of relationships that says how.";
        Field<NonNullGraphType<EntityInterfaceGraphType>>("entity").ResolveSource(source => source.End);
        Field<NonNullGraphType<IntGraphType>>("depth").Description("Hops from the target or goal.").ResolveSource(source => source.Depth);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathStepGraphType>>>>("path").Description("From the target or goal to the supporter.").ResolveSource(source => source.Segments);
    }
}
