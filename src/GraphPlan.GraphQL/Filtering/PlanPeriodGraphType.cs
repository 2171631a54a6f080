using GraphPlan.Core.Store;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Filtering;

public sealed class PlanPeriodGraphType : EnumerationGraphType
{
    public PlanPeriodGraphType()
    {
        Name = "PlanPeriod";
        Description = "A five-year plan and its indicator table.";
        Add("THIRTEENTH", PlanPeriod.Thirteenth, "十三五 (2016-2020): Table 1-1, the review table; its rows 14-20 are binding targets assigned by the city (市下达约束性指标).");
        Add("FOURTEENTH", PlanPeriod.Fourteenth, "十四五 (2021-2025): Table 2-1, each row binding (约束性) or expected (预期性).");
    }
}
