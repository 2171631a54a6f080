namespace GraphPlan.Core.Seed;

internal sealed class SeedEntity
{
    public string? Id { get; set; }

    public string? Kind { get; set; }

    public string? Name { get; set; }

    public string? NameEn { get; set; }

    public List<string>? Aliases { get; set; }

    public Dictionary<string, string>? Attributes { get; set; }

    public List<SeedValue>? Values { get; set; }

    public List<SeedProvenance>? Provenance { get; set; }
}
