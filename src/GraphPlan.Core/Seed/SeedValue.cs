namespace GraphPlan.Core.Seed;

internal sealed class SeedValue
{
    public int? Year { get; set; }

    public string? Role { get; set; }

    public string? Text { get; set; }

    public string? Kind { get; set; }

    public decimal? Value { get; set; }

    public string? Unit { get; set; }

    public string? Qualifier { get; set; }

    public bool? Aspirational { get; set; }
}
