using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Entities;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Traversal;

/// <summary>The <c>supporters</c> field of targets and goals.</summary>
internal static class SupportField
{
    public static void AddTo(ObjectGraphType<Entity> type) =>
        type.Field<NonNullGraphType<SupportersGraphType>>("supporters")
            .Description("Everything that supports it, transitively: what SUPPORTS it, owns it (HAS_TARGET), or BELONGS_TO_INDUSTRY, FOCUSES_ON, is HOSTED_ON or PART_OF a supporter; each with its path.")
            .Argument<IntGraphType>("maxDepth", "Hops to follow, 1 to 6.", a => a.DefaultValue = 3)
            .Argument<ListGraphType<NonNullGraphType<EntityKindGraphType>>>("kinds", "Only list supporters of these kinds (the walk still goes through others).")
            .WithMinBasis()
            .Resolve().WithService<IGraphStore>().ResolveAsync(async (ctx, store) => await TraversalArguments.WalkAsync(ctx, store, 3, SupportTraversal.For).ConfigureAwait(false));
}
