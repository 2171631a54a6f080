using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Entities;
using GraphPlan.GraphQL.Records;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Traversal;

public sealed class ContributionGraphType : ObjectGraphType<GraphPath>
{
    public ContributionGraphType()
    {
        Name = "Contribution";
        Description = "Something an entity contributes to (a target, goal, industry, platform, ...), and the path of relationships that says how.";
        Field<NonNullGraphType<EntityInterfaceGraphType>>("entity").Description("What is contributed to.").ResolveSource(source => source.End);
        Field<NonNullGraphType<IntGraphType>>("depth").Description("Hops from the contributing entity.").ResolveSource(source => source.Depth);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathStepGraphType>>>>("path").Description("From the contributing entity to what it contributes to.").ResolveSource(source => source.Segments);
    }
}
