using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Changes;
using GraphPlan.GraphQL.Relations;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Curation;

/// <summary>
/// Curation: every field needs an API key with the curator role, is validated like the seed, is refused with
/// VERSION_CONFLICT when <c>expectedVersion</c> is stale, and is recorded in the audit trail.
/// </summary>
public sealed class MutationGraphType : ObjectGraphType
{
    public MutationGraphType()
    {
        Name = "Mutation";
        Field<NonNullGraphType<CurationPayloadGraphType>>("upsertEntity")
            .Description("Create an entity, or replace it. Pass the version you read as expectedVersion to be told, instead of overwriting, when someone changed it since.")
            .Argument<NonNullGraphType<EntityInputGraphType>>("input")
            .Argument<IntGraphType>("expectedVersion", "The version the change is based on (0 for a new entity); omit to write regardless.")
            .Resolve().WithServices<IGraphStore, ChangeSignal>().ResolveAsync(async (ctx, store, signal) =>
            {
                var actor = CuratorAccess.Require(ctx, CurationRoles.Curator);
                var entity = CurationInput.ToEntity(ctx.GetArgument<Dictionary<string, object?>>("input"));
                var audit = await CurateAsync(ctx, store, signal, Core.Store.Curation.Upsert(actor, entity, ctx.GetArgument<int?>("expectedVersion")) with { IdempotencyKey = IdempotencyKey(ctx) }).ConfigureAwait(false);
                var stored = (await store.GetEntitiesAsync([entity.Id], ctx.CancellationToken).ConfigureAwait(false))[0];
                return new CurationPayload(audit, stored);
            });
        Field<NonNullGraphType<CurationPayloadGraphType>>("deleteEntity")
            .Description("Delete an entity and its relationships.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<IntGraphType>("expectedVersion", "The version the delete is based on; omit to delete regardless.")
            .Resolve().WithServices<IGraphStore, ChangeSignal>().ResolveAsync(async (ctx, store, signal) =>
            {
                var actor = CuratorAccess.Require(ctx, CurationRoles.Curator);
                var audit = await CurateAsync(ctx, store, signal, Core.Store.Curation.Delete(actor, ctx.GetArgument<string>("id"), ctx.GetArgument<int?>("expectedVersion")) with { IdempotencyKey = IdempotencyKey(ctx) }).ConfigureAwait(false);
                return new CurationPayload(audit, null);
            });
        Field<NonNullGraphType<CurationPayloadGraphType>>("link")
            .Description("Create a relationship, or replace its provenance.")
            .Argument<NonNullGraphType<RelationshipInputGraphType>>("input")
            .Resolve().WithServices<IGraphStore, ChangeSignal>().ResolveAsync(async (ctx, store, signal) =>
            {
                var actor = CuratorAccess.Require(ctx, CurationRoles.Curator);
                var relationship = CurationInput.ToRelationship(ctx.GetArgument<Dictionary<string, object?>>("input"));
                return new CurationPayload(await CurateAsync(ctx, store, signal, Core.Store.Curation.Link(actor, relationship) with { IdempotencyKey = IdempotencyKey(ctx) }).ConfigureAwait(false), null);
            });
        Field<NonNullGraphType<CurationPayloadGraphType>>("unlink")
            .Description("Remove a relationship.")
            .Argument<NonNullGraphType<IdGraphType>>("from")
            .Argument<NonNullGraphType<RelationshipKindGraphType>>("kind")
            .Argument<NonNullGraphType<IdGraphType>>("to")
            .Resolve().WithServices<IGraphStore, ChangeSignal>().ResolveAsync(async (ctx, store, signal) =>
            {
                var actor = CuratorAccess.Require(ctx, CurationRoles.Curator);
                var relationship = new Relationship(ctx.GetArgument<string>("from"), ctx.GetArgument<RelationshipKind>("kind"), ctx.GetArgument<string>("to"));
                return new CurationPayload(await CurateAsync(ctx, store, signal, Core.Store.Curation.Unlink(actor, relationship) with { IdempotencyKey = IdempotencyKey(ctx) }).ConfigureAwait(false), null);
            });
    }

    /// <summary>Applies the curation and, when it recorded something, wakes this process's change-feed followers.</summary>
    private static async Task<AuditEntry> CurateAsync(IResolveFieldContext context, IGraphStore store, ChangeSignal signal, Core.Store.Curation curation)
    {
        var audit = await store.CurateAsync(curation, context.CancellationToken).ConfigureAwait(false);
        if (audit.Sequence > 0)
        {
            signal.Notify();
        }

        return audit;
    }

    /// <summary>The request's Idempotency-Key, made distinct per mutation field by its response name.</summary>
    private static string? IdempotencyKey(IResolveFieldContext context) =>
        context.UserContext.TryGetValue(GraphPlanGraphQLExtensions.IdempotencyKey, out var value) && value is string key
            ? $"{key}:{context.FieldAst.Alias?.Name.StringValue ?? context.FieldAst.Name.StringValue}"
            : null;
}
