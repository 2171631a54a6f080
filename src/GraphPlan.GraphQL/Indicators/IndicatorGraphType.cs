using GraphPlan.Core.Graph;
using GraphPlan.GraphQL.Entities;
using GraphQL;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Indicators;

public sealed class IndicatorGraphType : EntityGraphType
{
    public IndicatorGraphType()
        : base(EntityKind.Indicator, "A measured quantity, with its unit and its values by year (baseline, actual, target).")
    {
        AttributeField("unit", "unit", "Unit of measure, as the plan writes it.");
        AttributeField("category", "category", "The table's category (一级指标).");
        AttributeField("attribute", "attribute", "binding (约束性) or expected (预期性), for 14th-plan indicators.");
        AttributeField("polarity", "polarity", "higher-is-better or lower-is-better.");
        AttributeField("table", "table", "The table(s) the indicator is a row of: 1-1, 2-1, or prose.");
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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterfaceGraphType>>>>("targets")
            .Description("Targets measured by this indicator.")
            .Resolve(ctx => EntityFields.Others(ctx, RelationshipKind.MeasuredBy, Direction.Incoming));
    }
}
