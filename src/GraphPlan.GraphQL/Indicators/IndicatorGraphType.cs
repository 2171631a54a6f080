using GraphPlan.Core.Graph;
using GraphPlan.GraphQL.Entities;
using GraphPlan.GraphQL.Relations;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Indicators;

public sealed class IndicatorGraphType : EntityGraphType
{
    public IndicatorGraphType()
        : base(EntityKind.Indicator, "A measured quantity, with its unit and its values by year (baseline, actual, target).")
    {
        AttributeField("unit", "unit", "Unit of measure, as the plan writes it.");
        AttributeField("category", "category", "The table's category (一级指标).");
        AttributeField("attribute", "attribute", "binding (约束性) or expected (预期性) in the 14th-plan table (Table 2-1); see attribute13th for Table 1-1.");
        AttributeField("attribute13th", "attribute13th", "binding when the 13th-plan review table (Table 1-1) marks the row 市下达约束性指标; null for its other rows and for indicators outside it.");
        AttributeField("polarity", "polarity", "higher-is-better or lower-is-better.");
        AttributeField("table", "table", "The tables the indicator is a row of, space-separated: 1-1, 2-1, 1-1 2-1, or prose. Filters match the items (where: {attribute: {key: \"table\", eq: \"2-1\"}} finds 1-1 2-1 too).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeasurementGraphType>>>>("values")
            .Description("Its values, oldest first; optionally only one role.")
            .Argument<ValueRoleGraphType>("role")
            .Resolve(ctx =>
            {
                var role = ctx.GetArgument<ValueRole?>("role");
                return ctx.Source.Values.Where(v => role is null || v.Role == role).OrderBy(v => v.Year).ThenBy(v => v.Role);
            });
        Field<IndicatorReviewGraphType>("review")
            .Description("How the actual value for a year compares with the target for that year (default 2020, the 13th plan's end); null when there is no target for that year.")
            .Argument<IntGraphType>("year", "The year to review.", a => a.DefaultValue = 2020)
            .Resolve(ctx => IndicatorReview.Of(ctx.Source, ctx.GetArgument("year", 2020)));
        Field<GrowthGraphType>("growth")
            .Description($"The average annual growth the figures imply from one year to a later one (from: its actual value, else its baseline; to: its actual value, else its target), beside the rate the plan prints for the later year; they agree within {Growth.Tolerance} percentage points. Null when a figure is missing, not a positive number, or in another unit.")
            .Argument<IntGraphType>("from", "The first year (default 2020).", a => a.DefaultValue = 2020)
            .Argument<IntGraphType>("to", "The later year (default 2025).", a => a.DefaultValue = 2025)
            .Resolve(ctx => Growth.Of(ctx.Source, ctx.GetArgument("from", 2020), ctx.GetArgument("to", 2025)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterfaceGraphType>>>>("targets")
            .Description("Targets measured by this indicator.")
            .Resolve().WithService<RelatedLoader>().Resolve((ctx, loader) => loader.Others(ctx.Source.Id, RelationshipKind.MeasuredBy, Direction.Incoming));
    }
}
