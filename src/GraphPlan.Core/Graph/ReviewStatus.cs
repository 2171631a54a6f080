namespace GraphPlan.Core.Graph;

/// <summary>How an indicator's actual value for a year compares with its target for that year.</summary>
public enum ReviewStatus
{
    Met,
    Missed,

    /// <summary>The target is not a number (assigned by the city, relative, text) or the actual value is missing.</summary>
    NotComparable,
}
