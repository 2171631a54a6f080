using GraphPlan.Core.Graph;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Indicators;

public sealed class GrowthGraphType : ObjectGraphType<Growth>
{
    public GrowthGraphType()
    {
        Name = "Growth";
        Description = $"Average annual growth between two years: implied by the figures ((to / from)^(1 / years) − 1, in per cent) beside the rate the plan prints; they agree within {Growth.Tolerance} percentage points (the plan prints one decimal, so rounding alone moves a rate by up to 0.05).";
        Field<NonNullGraphType<IntGraphType>>("fromYear").Description("The first year.").Resolve(ctx => ctx.Source.FromYear);
        Field<NonNullGraphType<IntGraphType>>("toYear").Description("The later year.").Resolve(ctx => ctx.Source.ToYear);
        Field<NonNullGraphType<MeasurementGraphType>>("from").Description("The figure of the first year (actual, else baseline).").Resolve(ctx => ctx.Source.From);
        Field<NonNullGraphType<MeasurementGraphType>>("to").Description("The figure of the later year (actual, else target).").Resolve(ctx => ctx.Source.To);
        Field<NonNullGraphType<FloatGraphType>>("implied").Description("The implied average annual growth, in per cent, to four decimals.").Resolve(ctx => ctx.Source.Implied);
        Field<FloatGraphType>("printed").Description("The average annual growth the plan prints for the later year, in per cent; null when it prints none.").Resolve(ctx => ctx.Source.Printed);
        Field<FloatGraphType>("difference").Description("Implied minus printed, in percentage points; null without a printed rate.").Resolve(ctx => ctx.Source.Difference);
        Field<BooleanGraphType>("agrees").Description($"Whether implied and printed differ by at most {Growth.Tolerance} percentage points; null without a printed rate.").Resolve(ctx => ctx.Source.Agrees);
    }
}
