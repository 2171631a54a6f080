using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Errors;
using GraphQL;

namespace GraphPlan.GraphQL.Traversal;

/// <summary>Reads and checks the neighborhood arguments shared by the root field and the entity field.</summary>
internal static class NeighborhoodArguments
{
    public const int MaxNodes = 500;
    public const int DefaultMaxNodes = 200;

    public static async Task<Subgraph> ResolveAsync(IResolveFieldContext ctx, IGraphStore store, string id)
    {
        var depth = GraphPlanErrors.InRange("depth", ctx.GetArgument("depth", 1), 1, NeighborhoodRequest.DepthLimit);
        var maxNodes = GraphPlanErrors.InRange("maxNodes", ctx.GetArgument("maxNodes", DefaultMaxNodes), 1, MaxNodes);
        var request = new NeighborhoodRequest(id, depth)
        {
            Kinds = ctx.GetArgument<List<RelationshipKind>?>("kinds") ?? [],
            MaxNodes = maxNodes,
            MinBasis = EvidenceArgument.Read(ctx),
        };
        return await store.GetNeighborhoodAsync(request, ctx.CancellationToken).ConfigureAwait(false);
    }
}
