namespace GraphPlan.Core.Store;

/// <summary>The five-year plan whose indicator table a question is about.</summary>
public enum PlanPeriod
{
    /// <summary>十三五 (2016-2020), reviewed in Table 1-1.</summary>
    Thirteenth,

    /// <summary>十四五 (2021-2025), set in Table 2-1.</summary>
    Fourteenth,
}
