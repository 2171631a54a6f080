using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Records;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Traversal;

public sealed class SupportersGraphType : ObjectGraphType<TraversalResult>
{
    public SupportersGraphType()
    {
        Name = "Supporters";
        Field<NonNullGraphType<IntGraphType>>("totalCount").ResolveSource(source => source.Paths.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupporterGraphType>>>>("nodes").Description("Nearest first.").ResolveSource(source => source.Paths);
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description("True when the result limit cut the search short.").ResolveSource(source => source.Truncated);
    }
}
