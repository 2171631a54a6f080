using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Entities;
using GraphPlan.GraphQL.Errors;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphPlan.GraphQL.Traversal;

/// <summary>The <c>supporters</c> field of targets and goals.</summary>
internal static class SupportField
{
    public const int MaxResults = 500;

    public static void AddTo(ObjectGraphType<Entity> type) =>
        type.Field<NonNullGraphType<SupportersGraphType>>("supporters")
            .Description("Everything that supports it, transitively: what SUPPORTS it, owns it (HAS_TARGET), or BELONGS_TO_INDUSTRY, FOCUSES_ON, is HOSTED_ON or PART_OF a supporter; each with its path.")
            .Argument<IntGraphType>("maxDepth", "Hops to follow, 1 to 6.", a => a.DefaultValue = 3)
            .Argument<ListGraphType<NonNullGraphType<EntityKindGraphType>>>("kinds", "Only list supporters of these kinds (the walk still goes through others).")
            .WithMinBasis()
            .ResolveAsync(async ctx =>
            {
                var depth = GraphPlanErrors.InRange("maxDepth", ctx.GetArgument("maxDepth", 3), 1, TraversalRequest.DepthLimit);
                var kinds = ctx.GetArgument<List<EntityKind>?>("kinds");
                var store = ctx.RequestServices!.GetRequiredService<IGraphStore>();
                // The store lists only these kinds, so totalCount, truncated and the cap describe what is listed.
                var request = SupportTraversal.For(ctx.Source.Id, depth) with { MaxResults = MaxResults, Listed = kinds ?? [], MinBasis = EvidenceArgument.Read(ctx) };
                return await store.TraverseAsync(request, ctx.CancellationToken).ConfigureAwait(false);
            });
}
