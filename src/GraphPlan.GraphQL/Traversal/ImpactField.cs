using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Entities;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Traversal;

/// <summary>The <c>impact</c> field of projects, platforms, industries, organizations and measures: the mirror of <c>supporters</c>.</summary>
internal static class ImpactField
{
    public static void AddTo(ObjectGraphType<Entity> type) =>
        type.Field<NonNullGraphType<ImpactGraphType>>("impact")
            .Description("What it contributes to, transitively, up to targets and goals: what it SUPPORTS, the targets it owns (HAS_TARGET), the industries it BELONGS_TO_INDUSTRY or FOCUSES_ON, the platforms it is HOSTED_ON, what it is PART_OF, and the goals of those targets; each with its path. The mirror of `supporters`.")
            .Argument<IntGraphType>("maxDepth", $"Hops to follow, 1 to {TraversalRequest.DepthLimit}.", a => a.DefaultValue = 4)
            .Argument<ListGraphType<NonNullGraphType<EntityKindGraphType>>>("kinds", "Only list what is reached of these kinds, e.g. [TARGET, GOAL] (the walk still goes through others).")
            .WithMinBasis()
            .Resolve().WithService<IGraphStore>().ResolveAsync(async (ctx, store) => await TraversalArguments.WalkAsync(ctx, store, 4, ImpactTraversal.For).ConfigureAwait(false));
}
