namespace GraphPlan.Core.Seed;

internal sealed class SeedRelationship
{
    public string? From { get; set; }

    public string? Type { get; set; }

    public string? To { get; set; }

    public List<SeedProvenance>? Provenance { get; set; }

    public string? Reasoning { get; set; }
}
