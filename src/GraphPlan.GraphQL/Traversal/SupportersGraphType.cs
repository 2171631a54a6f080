using GraphPlan.Core.Store;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Traversal;

public sealed class SupportersGraphType : ObjectGraphType<TraversalResult>
{
    public SupportersGraphType()
    {
        Name = "Supporters";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Resolve(ctx => ctx.Source.Paths.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupporterGraphType>>>>("nodes").Description("Nearest first.").Resolve(ctx => ctx.Source.Paths);
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description("True when the result limit cut the search short.").Resolve(ctx => ctx.Source.Truncated);
    }
}
