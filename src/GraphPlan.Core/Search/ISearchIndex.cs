namespace GraphPlan.Core.Search;

/// <summary>
/// Ranked full-text search over entities, kept by every store beside <see cref="Store.IGraphStore"/>. What every
/// implementation guarantees: an entity whose Chinese or English name (or id) equals the text comes first, and
/// every hit contains each of the text's terms in one of its fields (names, aliases, id, provenance quotes),
/// unless nothing does, when a store may fall back to near matches (one character off). Text is searched as
/// words, never as query syntax.
/// </summary>
public interface ISearchIndex
{
    /// <summary>Throws <see cref="ArgumentException"/> for text that <see cref="SearchRequest.Check"/> refuses.</summary>
    Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default);
}
