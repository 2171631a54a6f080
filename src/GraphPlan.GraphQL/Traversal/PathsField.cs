using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Errors;
using GraphPlan.GraphQL.Relations;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Traversal;

/// <summary>The root <c>paths</c> field: how two entities are connected.</summary>
internal static class PathsField
{
    public const int MaxPaths = 50;
    public const int DefaultPaths = 10;
    public const int DefaultHops = 4;

    public static void AddTo(ObjectGraphType type) =>
        type.Field<NonNullGraphType<PathsGraphType>>("paths")
            .Description($"Paths from one entity to another: the shortest ones, or every simple path of at most `maxHops` hops (1 to {PathRequest.HopLimit}); optionally only some relationship kinds, one direction, and well-cited relationships. Each hop gives the relationship's kind, direction and provenance. Unknown ids are NOT_FOUND errors.")
            .Argument<NonNullGraphType<IdGraphType>>("from", "Where the paths start.")
            .Argument<NonNullGraphType<IdGraphType>>("to", "Where the paths end.")
            .Argument<PathModeGraphType>("mode", "SHORTEST (default) or ALL_SIMPLE.", a => a.DefaultValue = PathMode.Shortest)
            .Argument<IntGraphType>("maxHops", $"At most this many hops, 1 to {PathRequest.HopLimit}.", a => a.DefaultValue = DefaultHops)
            .Argument<ListGraphType<NonNullGraphType<RelationshipKindGraphType>>>("kinds", "Only cross relationships of these kinds.")
            .Argument<DirectionGraphType>("direction", "OUTGOING: every hop goes from a relationship's source to its target (A SUPPORTS B leads from A to B); INCOMING: against them; BOTH (default): either way.", a => a.DefaultValue = Direction.Both)
            .WithMinBasis()
            .Argument<IntGraphType>("first", $"At most this many paths, 1 to {MaxPaths}.", a => a.DefaultValue = DefaultPaths)
            .Resolve().WithService<IGraphStore>().ResolveAsync(async (ctx, store) =>
            {
                var request = new PathRequest(
                    ctx.GetArgument<string>("from"),
                    ctx.GetArgument<string>("to"),
                    GraphPlanErrors.InRange("maxHops", ctx.GetArgument("maxHops", DefaultHops), 1, PathRequest.HopLimit))
                {
                    Mode = ctx.GetArgument("mode", PathMode.Shortest),
                    Kinds = ctx.GetArgument<List<RelationshipKind>?>("kinds") ?? [],
                    Direction = ctx.GetArgument("direction", Direction.Both),
                    MinBasis = EvidenceArgument.Read(ctx),
                    MaxPaths = GraphPlanErrors.InRange("first", ctx.GetArgument("first", DefaultPaths), 1, MaxPaths),
                };
                return await store.FindPathsAsync(request, ctx.CancellationToken).ConfigureAwait(false);
            });
}
