namespace GraphPlan.Core.Store;

/// <summary>How a <see cref="TextFilter"/> compares text; every comparison is ordinal (exact code points, case-sensitive).</summary>
public enum TextOperator
{
    /// <summary>Equal to the one value.</summary>
    Eq,

    /// <summary>Equal to one of the values.</summary>
    In,

    /// <summary>Contains the one value.</summary>
    Contains,

    /// <summary>Starts with the one value.</summary>
    StartsWith,
}
