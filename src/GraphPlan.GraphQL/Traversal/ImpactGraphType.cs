using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Records;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Traversal;

public sealed class ImpactGraphType : ObjectGraphType<TraversalResult>
{
    public ImpactGraphType()
    {
        Name = "Impact";
        Description = "What an entity contributes to, transitively, each with the path that says how.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("How many entities it contributes to (of the kinds asked for).").ResolveSource(source => source.Paths.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContributionGraphType>>>>("nodes").Description("Nearest first.").ResolveSource(source => source.Paths);
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description("True when the result limit cut the search short.").ResolveSource(source => source.Truncated);
    }
}
