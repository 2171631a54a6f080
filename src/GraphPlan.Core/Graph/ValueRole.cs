namespace GraphPlan.Core.Graph;

/// <summary>What a yearly value of an indicator is.</summary>
public enum ValueRole
{
    Baseline,
    Actual,
    Target,
    AverageAnnualGrowth,

    /// <summary>Growth over the whole period, in per cent (Table 1-1: 2020年比2015年增长).</summary>
    GrowthOverPeriod,
}
