namespace GraphPlan.Core.Seed;

internal sealed class SeedProvenance
{
    public string? Section { get; set; }

    public string? Quote { get; set; }

    public string? Basis { get; set; }

    public string? Source { get; set; }
}
