using System.Text.Json;
using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Curation;
using GraphPlan.GraphQL.Records;
using GraphPlan.GraphQL.Schema;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Changes;

/// <summary>
/// One curation as the change feed shows it. What anyone may read of the plan (what changed, when, the versions) is
/// public; who wrote it and the recorded states are the audit trail's, shown only to API keys with a reader or curator role.
/// </summary>
public sealed class ChangeGraphType : ObjectGraphType<AuditEntry>
{
    public ChangeGraphType()
    {
        Name = "Change";
        Description = "One recorded curation in the change feed, in sequence order.";
        Field<NonNullGraphType<IntGraphType>>("sequence").Description("The audit sequence number; pass the last one seen as `after` to resume.").ResolveSource(source => source.Sequence);
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("at").ResolveSource(source => source.At);
        Field<NonNullGraphType<CurationActionGraphType>>("action").ResolveSource(source => Boxed.Of(source.Action));
        Field<NonNullGraphType<IdGraphType>>("subject").Description("The entity's or the relationship's id.").ResolveSource(source => source.Subject);
        Field<IntGraphType>("versionBefore").Description("The entity's version before the write; null for a new entity or a relationship.").ResolveSource(source => VersionIn(source.Before));
        Field<IntGraphType>("versionAfter").Description("The entity's version after the write; null for a delete or a relationship.").ResolveSource(source => source.Version);
        Field<StringGraphType>("actor").Description("The name of the API key that wrote it; null without a reader or curator key.").Resolve(ctx => MaySeeAudit(ctx) ? ctx.Source.Actor : null);
        Field<StringGraphType>("before").Description("The state before, as JSON; null without a reader or curator key.").Resolve(ctx => MaySeeAudit(ctx) ? ctx.Source.Before : null);
        Field<StringGraphType>("after").Description("The state after, as JSON; null without a reader or curator key.").Resolve(ctx => MaySeeAudit(ctx) ? ctx.Source.After : null);
    }

    private static bool MaySeeAudit(global::GraphQL.IResolveFieldContext context) =>
        context.User is { Identity.IsAuthenticated: true } user && (user.IsInRole(CurationRoles.Reader) || user.IsInRole(CurationRoles.Curator));

    private static long? VersionIn(string? json)
    {
        if (json is null)
        {
            return null;
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.TryGetProperty("version", out var version) && version.TryGetInt64(out var value) ? value : null;
    }
}
