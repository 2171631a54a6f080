namespace GraphPlan.Core.Seed;

/// <summary>A problem in the seed: the file, the entry in it, and what is wrong.</summary>
public sealed record SeedError(string File, string Entry, string Problem)
{
    public override string ToString() => $"{File}: {Entry}: {Problem}";
}
