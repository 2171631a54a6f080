namespace GraphPlan.Core.Search;

/// <summary>One page of ranked hits and how many entities matched in all.</summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int TotalCount)
{
    public static SearchResults Empty { get; } = new([], 0);
}
