using GraphPlan.GraphQL.Indicators;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Filtering;

public sealed class ValueFilterInputGraphType : InputObjectGraphType
{
    public ValueFilterInputGraphType()
    {
        Name = "ValueFilter";
        Description = "The entity (an indicator or a target) has one yearly value meeting every condition given, e.g. {year: 2025, role: TARGET, unit: \"亿元\", gte: 100}. A numeric bound only matches values that are numbers.";
        Field<IntGraphType>("year").Description("The value's year.");
        Field<ValueRoleGraphType>("role").Description("The value's role (BASELINE, ACTUAL, TARGET, ...).");
        Field<StringGraphType>("unit").Description("The value's unit, exactly as the plan writes it (亿元, %, 万标箱).");
        Field<ValueKindGraphType>("kind").Description("NUMBER, ASSIGNED (市下达指标), RELATIVE or TEXT.");
        Field<FloatGraphType>("eq").Description("The number equals this.");
        Field<FloatGraphType>("gt").Description("The number is greater than this.");
        Field<FloatGraphType>("gte").Description("The number is at least this.");
        Field<FloatGraphType>("lt").Description("The number is less than this.");
        Field<FloatGraphType>("lte").Description("The number is at most this.");
    }
}
