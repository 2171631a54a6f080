using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Errors;
using GraphQL;

namespace GraphPlan.GraphQL.Traversal;

/// <summary>
/// Runs a walk from the field's entity with its <c>maxDepth</c>, <c>kinds</c> and <c>minBasis</c> arguments, shared by
/// <c>supporters</c> and <c>impact</c>. The store lists only the asked kinds, so totalCount, truncated and the cap
/// describe what is listed.
/// </summary>
internal static class TraversalArguments
{
    public const int MaxResults = 500;

    public static async Task<TraversalResult> WalkAsync(IResolveFieldContext<Entity> ctx, IGraphStore store, int defaultDepth, Func<string, int, TraversalRequest> walk)
    {
        var depth = GraphPlanErrors.InRange("maxDepth", ctx.GetArgument("maxDepth", defaultDepth), 1, TraversalRequest.DepthLimit);
        var kinds = ctx.GetArgument<List<EntityKind>?>("kinds");
        var request = walk(ctx.Source.Id, depth) with { MaxResults = MaxResults, Listed = kinds ?? [], MinBasis = EvidenceArgument.Read(ctx) };
        return await store.TraverseAsync(request, ctx.CancellationToken).ConfigureAwait(false);
    }
}
