using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Analytics;
using GraphPlan.GraphQL.Changes;
using GraphPlan.GraphQL.Curation;
using GraphPlan.GraphQL.Entities;
using GraphPlan.GraphQL.Errors;
using GraphPlan.GraphQL.Indicators;
using GraphPlan.GraphQL.Listing;
using GraphPlan.GraphQL.Relations;
using GraphPlan.GraphQL.Search;
using GraphPlan.GraphQL.Traversal;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Schema;

public sealed class QueryGraphType : ObjectGraphType
{
    public const int MaxIds = 100;

    public QueryGraphType()
    {
        Name = "Query";
        Field<EntityInterfaceGraphType>("node")
            .Description("The entity with this id. An unknown id is a NOT_FOUND error.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve().WithService<IGraphStore>().ResolveAsync(async (ctx, store) =>
            {
                var id = ctx.GetArgument<string>("id");
                var found = (await store.GetEntitiesAsync([id], ctx.CancellationToken).ConfigureAwait(false))[0];
                return found ?? throw GraphPlanErrors.NotFound(id);
            });
        Field<NonNullGraphType<ListGraphType<EntityInterfaceGraphType>>>("nodes")
            .Description($"The entities with these ids, in the same order; null (with a NOT_FOUND error) for unknown ids. At most {MaxIds}.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids")
            .Resolve().WithService<IGraphStore>().ResolveAsync(async (ctx, store) =>
            {
                var ids = ctx.GetArgument<List<string>>("ids");
                GraphPlanErrors.InRange("ids (count)", ids.Count, 0, MaxIds);
                var found = await store.GetEntitiesAsync(ids, ctx.CancellationToken).ConfigureAwait(false);
                for (var i = 0; i < ids.Count; i++)
                {
                    if (found[i] is null)
                    {
                        ctx.Errors.Add(GraphPlanErrors.NotFound(ids[i]));
                    }
                }

                return found;
            });
        ListField.Add(this, "entities", "Entities of any kind: filter, sort, page.", null);
        ListField.Add(this, "indicators", "Indicators, e.g. the 14th plan's binding ones: where: {commitment: {period: FOURTEENTH, is: BINDING}}.", EntityKind.Indicator);
        ListField.Add(this, "targets", "Targets.", EntityKind.Target);
        ListField.Add(this, "goals", "Goals.", EntityKind.Goal);
        ListField.Add(this, "industries", "Industries.", EntityKind.Industry);
        ListField.Add(this, "projects", "Projects.", EntityKind.Project);
        ListField.Add(this, "platforms", "Platforms.", EntityKind.Platform);
        SearchFields.AddTo(this);
        ReviewsField.AddTo(this);
        AnalyticsFields.AddTo(this);
        AuditTrailField.AddTo(this);
        ChangeFields.AddChanges(this);
        Field<NonNullGraphType<SubgraphGraphType>>("neighborhood")
            .Description("The entities within `depth` hops of an entity, either way, and every relationship among them: nodes and edges for a graph view.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<IntGraphType>("depth", $"Hops, 1 to {NeighborhoodRequest.DepthLimit}.", a => a.DefaultValue = 1)
            .Argument<ListGraphType<NonNullGraphType<RelationshipKindGraphType>>>("kinds", "Only these relationship kinds.")
            .Argument<IntGraphType>("maxNodes", $"At most this many nodes, 1 to {NeighborhoodArguments.MaxNodes}.", a => a.DefaultValue = NeighborhoodArguments.DefaultMaxNodes)
            .WithMinBasis()
            .Resolve().WithService<IGraphStore>().ResolveAsync(async (ctx, store) => await NeighborhoodArguments.ResolveAsync(ctx, store, ctx.GetArgument<string>("id")).ConfigureAwait(false));
        PathsField.AddTo(this);
        Field<NonNullGraphType<StatisticsGraphType>>("statistics")
            .Description("How many entities and relationships the graph holds.")
            .Resolve().WithService<IGraphStore>().ResolveAsync(async (ctx, store) => await store.GetStatisticsAsync(ctx.CancellationToken).ConfigureAwait(false));
    }
}
