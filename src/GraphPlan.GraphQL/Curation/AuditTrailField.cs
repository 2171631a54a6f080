using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Errors;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Curation;

/// <summary>The root <c>auditTrail</c> query: recorded writes, newest first, for key holders.</summary>
internal static class AuditTrailField
{
    public const int MaxPageSize = 100;

    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditEntryGraphType>>>>("auditTrail")
            .Description("Recorded writes, newest first; needs an API key (reader or curator).")
            .Argument<IdGraphType>("subject", "Only writes to this entity or relationship id.")
            .Argument<StringGraphType>("actor", "Only writes by this key's name.")
            .Argument<IntGraphType>("before", "Only entries older than this sequence number (the last one of the previous page).")
            .Argument<IntGraphType>("first", $"At most this many, 1 to {MaxPageSize}.", a => a.DefaultValue = 20)
            .Resolve().WithService<IGraphStore>().ResolveAsync(async (ctx, store) =>
            {
                CuratorAccess.Require(ctx, CurationRoles.Reader, CurationRoles.Curator);
                var query = new AuditQuery
                {
                    Subject = ctx.GetArgument<string?>("subject"),
                    Actor = ctx.GetArgument<string?>("actor"),
                    Before = ctx.GetArgument<int?>("before"),
                    Limit = GraphPlanErrors.InRange("first", ctx.GetArgument("first", 20), 1, MaxPageSize),
                };
                return await store.GetAuditTrailAsync(query, ctx.CancellationToken).ConfigureAwait(false);
            });
}
