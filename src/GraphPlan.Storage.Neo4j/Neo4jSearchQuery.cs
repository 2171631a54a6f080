using System.Text;
using GraphPlan.Core.Graph;
using GraphPlan.Core.Search;

namespace GraphPlan.Storage.Neo4j;

/// <summary>
/// Search on Neo4j: a Lucene query for its <c>cjk</c> full-text index built from the terms of
/// <see cref="SearchText.Terms"/> (Han pairs, words; never the user's text), then the shared
/// <see cref="SearchRanking"/> tiers re-rank the candidates, since the index cannot tell an exact name from a partial one.
/// </summary>
internal static class Neo4jSearchQuery
{
    /// <summary>How many candidates the index returns before the tiers re-rank them; pages beyond this are empty.</summary>
    public const int Candidates = 200;

    /// <summary>
    /// Each field must hold every term (<c>field:(+"t1" +"t2")</c>); the fields are alternatives, boosted in tier order.
    /// Terms are letters and digits only, quoted and escaped all the same. A single Han character becomes a prefix
    /// (<c>氢*</c>), because the <c>cjk</c> analyzer indexes pairs, not characters.
    /// </summary>
    public static string Lucene(string text)
    {
        var terms = SearchText.Terms(text);
        if (terms.Count == 0)
        {
            return string.Empty;
        }

        var clause = new StringBuilder();
        foreach (var term in terms)
        {
            var escaped = LuceneText.Escape(term);
            clause.Append(clause.Length == 0 ? "" : " ").Append(term.Length == 1 && SearchText.IsHan(term[0]) ? $"+{escaped}*" : $"+\"{escaped}\"");
        }

        return $"name:({clause})^8 aliases:({clause})^3 nameEn:({clause})^2 quotes:({clause})^0.1";
    }

    /// <summary>The candidates that hold every term, ranked by tier, then by the index's score, then by id.</summary>
    public static SearchResults Rank(SearchRequest request, IEnumerable<(Entity Entity, double Score)> candidates)
    {
        var terms = SearchText.Terms(request.Text);
        var ranked = candidates
            .Select(c => (c.Entity, Tier: SearchRanking.Tier(c.Entity, request.Text), c.Score))
            .Where(c => c.Tier > 0)
            .Select(c => (c.Entity, Score: c.Tier + (c.Score / (c.Score + 1))))
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Entity.Id, StringComparer.Ordinal)
            .ToList();
        var hits = ranked.Skip(request.Offset).Take(request.Limit).Select(c => new SearchHit(c.Entity, c.Score, Highlights(c.Entity, request.Text, terms))).ToList();
        return new SearchResults(hits, ranked.Count);
    }

    private static List<SearchHighlight> Highlights(Entity entity, string text, IReadOnlyList<string> terms)
    {
        var highlights = new List<SearchHighlight>();
        if (string.Equals(entity.Id, text.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            highlights.Add(new("id", SearchText.Mark(entity.Id, [(0, entity.Id.Length)])));
        }

        void Add(string field, string value)
        {
            if (SearchText.ContainsAll(value, terms))
            {
                highlights.Add(new(field, SearchText.Mark(value, SearchText.Find(value, terms))));
            }
        }

        Add("name", entity.Name);
        foreach (var alias in entity.Aliases)
        {
            Add("aliases", alias);
        }

        Add("nameEn", entity.NameEn);
        foreach (var quote in entity.Provenance.Select(p => p.Quote).Distinct(StringComparer.Ordinal).Where(q => SearchText.ContainsAll(q, terms)).Take(2))
        {
            Add("provenance", quote);
        }

        return highlights;
    }
}
