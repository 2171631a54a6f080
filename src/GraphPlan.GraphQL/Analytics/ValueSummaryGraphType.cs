using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Indicators;
using GraphPlan.GraphQL.Records;
using GraphPlan.GraphQL.Schema;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Analytics;

public sealed class ValueSummaryGraphType : ObjectGraphType<ValueSummary>
{
    public ValueSummaryGraphType()
    {
        Name = "ValueSummary";
        Description = "Statistics of the numeric values of one unit, year and role; values in different units are never added together.";
        Field<StringGraphType>("unit").Description("The unit, as the plan writes it.").ResolveSource(source => source.Unit);
        Field<NonNullGraphType<IntGraphType>>("year").Description("The year.").ResolveSource(source => source.Year);
        Field<NonNullGraphType<ValueRoleGraphType>>("role").Description("The role (BASELINE, ACTUAL, TARGET, ...).").ResolveSource(source => Boxed.Of(source.Role));
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many values.").ResolveSource(source => source.Count);
        Field<NonNullGraphType<IntGraphType>>("entities").Description("How many entities they belong to.").ResolveSource(source => source.Entities);
        Field<NonNullGraphType<FloatGraphType>>("sum").Description("The sum of the values.").ResolveSource(source => source.Sum);
        Field<NonNullGraphType<FloatGraphType>>("min").Description("The smallest value.").ResolveSource(source => source.Min);
        Field<NonNullGraphType<FloatGraphType>>("max").Description("The largest value.").ResolveSource(source => source.Max);
        Field<NonNullGraphType<FloatGraphType>>("average").Description("The mean, to six decimals.").ResolveSource(source => source.Average);
    }
}
