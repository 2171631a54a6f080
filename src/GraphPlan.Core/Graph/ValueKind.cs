namespace GraphPlan.Core.Graph;

/// <summary>Whether a value is a number or one of the plan's non-numeric commitments.</summary>
public enum ValueKind
{
    /// <summary>A number with a unit.</summary>
    Number,

    /// <summary>A figure set by a higher government (市下达指标, 上级政府下达指标).</summary>
    Assigned,

    /// <summary>Defined against another indicator (高于GDP年均增长, 与经济增长基本同步).</summary>
    Relative,

    /// <summary>A qualitative statement, such as 完成 or 全覆盖.</summary>
    Text,
}
