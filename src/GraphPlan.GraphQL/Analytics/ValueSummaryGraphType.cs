using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Indicators;
using GraphPlan.GraphQL.Schema;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Analytics;

public sealed class ValueSummaryGraphType : ObjectGraphType<ValueSummary>
{
    public ValueSummaryGraphType()
    {
        Name = "ValueSummary";
        Description = "Statistics of the numeric values of one unit, year and role; values in different units are never added together.";
        Field<StringGraphType>("unit").Description("The unit, as the plan writes it.").Resolve(ctx => ctx.Source.Unit);
        Field<NonNullGraphType<IntGraphType>>("year").Description("The year.").Resolve(ctx => ctx.Source.Year);
        Field<NonNullGraphType<ValueRoleGraphType>>("role").Description("The role (BASELINE, ACTUAL, TARGET, ...).").Resolve(ctx => Boxed.Of(ctx.Source.Role));
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many values.").Resolve(ctx => ctx.Source.Count);
        Field<NonNullGraphType<IntGraphType>>("entities").Description("How many entities they belong to.").Resolve(ctx => ctx.Source.Entities);
        Field<NonNullGraphType<FloatGraphType>>("sum").Description("The sum of the values.").Resolve(ctx => ctx.Source.Sum);
        Field<NonNullGraphType<FloatGraphType>>("min").Description("The smallest value.").Resolve(ctx => ctx.Source.Min);
        Field<NonNullGraphType<FloatGraphType>>("max").Description("The largest value.").Resolve(ctx => ctx.Source.Max);
        Field<NonNullGraphType<FloatGraphType>>("average").Description("The mean, to six decimals.").Resolve(ctx => ctx.Source.Average);
    }
}
