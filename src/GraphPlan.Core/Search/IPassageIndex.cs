namespace GraphPlan.Core.Search;

/// <summary>Search over the plan's own sentences ("where does the plan talk about 液氢?").</summary>
public interface IPassageIndex
{
    /// <summary>The best-matching sentences, best first. Throws <see cref="ArgumentException"/> for text <see cref="SearchRequest"/> refuses.</summary>
    Task<IReadOnlyList<Passage>> FindAsync(string text, int first, CancellationToken cancellationToken = default);
}
