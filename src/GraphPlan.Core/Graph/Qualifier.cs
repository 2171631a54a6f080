namespace GraphPlan.Core.Graph;

/// <summary>The qualifier the plan writes beside a number.</summary>
public enum Qualifier
{
    /// <summary>The number as written, nothing beside it.</summary>
    Exact,

    /// <summary>以上: at least.</summary>
    AtLeast,

    /// <summary>以下: at most.</summary>
    AtMost,

    /// <summary>左右: about.</summary>
    About,

    /// <summary>突破: exceed.</summary>
    Exceeds,

    /// <summary>翻一番: double the baseline.</summary>
    Doubling,
}
