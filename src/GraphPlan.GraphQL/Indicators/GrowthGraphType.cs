using GraphPlan.Core.Graph;
using GraphPlan.GraphQL.Records;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Indicators;

public sealed class GrowthGraphType : ObjectGraphType<Growth>
{
    public GrowthGraphType()
    {
        Name = "Growth";
        Description = $"Average annual growth between two years: implied by the figures ((to / from)^(1 / years) − 1, in per cent) beside the rate the plan prints; they agree within {Growth.Tolerance} percentage points (the plan prints one decimal, so rounding alone moves a rate by up to 0.05).";
        Field<NonNullGraphType<IntGraphType>>("fromYear").Description("The first year.").ResolveSource(source => source.FromYear);
        Field<NonNullGraphType<IntGraphType>>("toYear").Description("The later year.").ResolveSource(source => source.ToYear);
        Field<NonNullGraphType<MeasurementGraphType>>("from").Description("The figure of the first year (actual, else baseline).").ResolveSource(source => source.From);
        Field<NonNullGraphType<MeasurementGraphType>>("to").Description("The figure of the later year (actual, else target).").ResolveSource(source => source.To);
        Field<NonNullGraphType<FloatGraphType>>("implied").Description("The implied average annual growth, in per cent, to four decimals.").ResolveSource(source => source.Implied);
        Field<FloatGraphType>("printed").Description("The average annual growth the plan prints for the later year, in per cent; null when it prints none.").ResolveSource(source => source.Printed);
        Field<FloatGraphType>("difference").Description("Implied minus printed, in percentage points; null without a printed rate.").ResolveSource(source => source.Difference);
        Field<BooleanGraphType>("agrees").Description($"Whether implied and printed differ by at most {Growth.Tolerance} percentage points; null without a printed rate.").ResolveSource(source => source.Agrees);
    }
}
