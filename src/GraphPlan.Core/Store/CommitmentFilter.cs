namespace GraphPlan.Core.Store;

/// <summary>
/// The indicator is binding or expected in the given plan's table: the 14th plan's Table 2-1 marks each row 约束性 or
/// 预期性 (attribute <c>attribute</c>); the 13th plan's Table 1-1 marks its rows 14-20 as 市下达约束性指标 (attribute
/// <c>attribute13th</c>). An indicator outside that table never matches.
/// </summary>
public sealed record CommitmentFilter(PlanPeriod Period, Commitment Commitment) : EntityFilter
{
    /// <summary>The indicator attribute that records the commitment in a period's table.</summary>
    public static string AttributeKey(PlanPeriod period) => period == PlanPeriod.Thirteenth ? "attribute13th" : "attribute";

    /// <summary>The attribute value that records the commitment.</summary>
    public static string AttributeValue(Commitment commitment) => commitment == Commitment.Binding ? "binding" : "expected";
}
