namespace GraphPlan.Core.Seed;

/// <summary>One YAML file of the seed, as written by hand: lists of entities and relationships.</summary>
internal sealed class SeedFile
{
    public List<SeedEntity>? Entities { get; set; }

    public List<SeedRelationship>? Relationships { get; set; }
}
