using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Entities;
using GraphPlan.GraphQL.Errors;
using GraphPlan.GraphQL.Filtering;
using GraphPlan.GraphQL.Indicators;
using GraphPlan.GraphQL.Relations;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Analytics;

/// <summary>The aggregate fields of the root: grouped counts, value statistics and degree ranking, each one store call.</summary>
internal static class AnalyticsFields
{
    public const int DefaultRanked = 10;
    public const int MaxRanked = 100;

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountGroupGraphType>>>>("counts")
            .Description("How many entities match, grouped by kind, industry, platform, chapter or an attribute; or how many relationships they have, by kind or basis. Groups come most first, ties by key, the group of none (key null) last.")
            .Argument<NonNullGraphType<CountGroupingGraphType>>("groupBy", "What to group by.")
            .Argument<ListGraphType<NonNullGraphType<EntityKindGraphType>>>("kinds", "Only entities of these kinds.")
            .Argument<EntityFilterInputGraphType>("where", "Only entities that pass this filter.")
            .Argument<StringGraphType>("attributeKey", "The attribute, for groupBy ATTRIBUTE.")
            .Argument<DirectionGraphType>("direction", "Which relationships count, for RELATIONSHIP_KIND and BASIS (default BOTH).", a => a.DefaultValue = Direction.Both)
            .Resolve().WithService<IGraphStore>().ResolveAsync(async (ctx, store) =>
            {
                var kinds = Kinds(ctx);
                var grouping = ctx.GetArgument<CountGrouping>("groupBy");
                var key = ctx.GetArgument<string?>("attributeKey");
                IReadOnlyList<EntityKind> scope = kinds.Count > 0 ? kinds : Enum.GetValues<EntityKind>();
                if (grouping == CountGrouping.Attribute && (key is null || !scope.Any(k => EntityRules.AttributesOf(k).ContainsKey(key))))
                {
                    var known = scope.SelectMany(k => EntityRules.AttributesOf(k).Keys).Distinct().Order(StringComparer.Ordinal);
                    throw GraphPlanErrors.BadInput($"groupBy ATTRIBUTE needs an `attributeKey` known for {string.Join(", ", scope)} ({string.Join(", ", known)}), not '{key}'.");
                }

                var countQuery = new CountQuery(grouping)
                {
                    Kinds = kinds,
                    Where = FilterReader.Read(ctx.GetArgument<object?>("where"), kinds),
                    AttributeKey = key,
                    Direction = ctx.GetArgument("direction", Direction.Both),
                };
                return await store.CountAsync(countQuery, ctx.CancellationToken).ConfigureAwait(false);
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ValueSummaryGraphType>>>>("valueSummary")
            .Description("Count, sum, minimum, maximum and average of the numeric yearly values of the matching entities, one row per unit, year and role (by unit, then year, then role).")
            .Argument<ListGraphType<NonNullGraphType<EntityKindGraphType>>>("kinds", "Only entities of these kinds (usually INDICATOR or TARGET).")
            .Argument<EntityFilterInputGraphType>("where", "Only entities that pass this filter.")
            .Argument<IntGraphType>("year", "Only values of this year.")
            .Argument<ValueRoleGraphType>("role", "Only values of this role.")
            .Argument<StringGraphType>("unit", "Only values in this unit.")
            .Resolve().WithService<IGraphStore>().ResolveAsync(async (ctx, store) =>
            {
                var kinds = Kinds(ctx);
                var summaryQuery = new ValueSummaryQuery
                {
                    Kinds = kinds,
                    Where = FilterReader.Read(ctx.GetArgument<object?>("where"), kinds),
                    Year = ctx.GetArgument<int?>("year"),
                    Role = ctx.GetArgument<ValueRole?>("role"),
                    Unit = ctx.GetArgument<string?>("unit"),
                };
                return await store.SummarizeValuesAsync(summaryQuery, ctx.CancellationToken).ConfigureAwait(false);
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityDegreeGraphType>>>>("degreeRanking")
            .Description("The matching entities with the most relationships (of the kinds and direction given), most first, ties by id: e.g. the most connected platforms. Entities without any are left out.")
            .Argument<ListGraphType<NonNullGraphType<EntityKindGraphType>>>("kinds", "Only entities of these kinds.")
            .Argument<EntityFilterInputGraphType>("where", "Only entities that pass this filter.")
            .Argument<ListGraphType<NonNullGraphType<RelationshipKindGraphType>>>("relationshipKinds", "Only relationships of these kinds count (default: every kind).")
            .Argument<DirectionGraphType>("direction", "Which relationships count (default BOTH).", a => a.DefaultValue = Direction.Both)
            .Argument<IntGraphType>("first", $"How many, 1 to {MaxRanked}.", a => a.DefaultValue = DefaultRanked)
            .Resolve().WithService<IGraphStore>().ResolveAsync(async (ctx, store) =>
            {
                var kinds = Kinds(ctx);
                var degreeQuery = new DegreeQuery
                {
                    Kinds = kinds,
                    Where = FilterReader.Read(ctx.GetArgument<object?>("where"), kinds),
                    RelationshipKinds = ctx.GetArgument<List<RelationshipKind>?>("relationshipKinds") ?? [],
                    Direction = ctx.GetArgument("direction", Direction.Both),
                    Limit = GraphPlanErrors.InRange("first", ctx.GetArgument("first", DefaultRanked), 1, MaxRanked),
                };
                return await store.RankByDegreeAsync(degreeQuery, ctx.CancellationToken).ConfigureAwait(false);
            });
    }

    private static List<EntityKind> Kinds(IResolveFieldContext ctx) => ctx.GetArgument<List<EntityKind>?>("kinds") ?? [];
}
