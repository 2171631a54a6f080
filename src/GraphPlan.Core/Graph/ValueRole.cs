namespace GraphPlan.Core.Graph;

/// <summary>What a yearly value of an indicator is.</summary>
public enum ValueRole
{
    Baseline,
    Actual,
    Target,
    AverageAnnualGrowth,
}
