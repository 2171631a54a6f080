namespace GraphPlan.Core.Store;

/// <summary>How firmly a plan's table commits to an indicator.</summary>
public enum Commitment
{
    /// <summary>约束性: binding.</summary>
    Binding,

    /// <summary>预期性: expected.</summary>
    Expected,
}
