namespace GraphPlan.Search.Tests;

/// <summary>A query of the ranking set, the entity a researcher means by it, and others that must be in the top three.</summary>
public sealed record RankingCase(string Category, string Query, string Top, params string[] InTop3)
{
    public override string ToString() => $"{Category}: {Query}";
}
