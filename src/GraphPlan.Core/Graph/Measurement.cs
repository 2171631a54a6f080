namespace GraphPlan.Core.Graph;

/// <summary>One value of an indicator or target for a year, with its unit and the text as the plan writes it.</summary>
public sealed record Measurement
{
    public required int Year { get; init; }

    public required ValueRole Role { get; init; }

    /// <summary>The verbatim figure, e.g. "92以上" or "市下达指标".</summary>
    public required string Text { get; init; }

    public ValueKind Kind { get; init; } = ValueKind.Number;

    public decimal? Value { get; init; }

    public string? Unit { get; init; }

    public Qualifier Qualifier { get; init; } = Qualifier.Exact;

    /// <summary>力争: the plan strives for the value rather than commits to it.</summary>
    public bool Aspirational { get; init; }
}
