using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Search;

/// <summary>
/// The ranking both stores share, as score floors a field match earns: a name (Chinese or English) or id equal to the
/// text, then a Chinese name holding every term, an alias, the English name, and last a provenance quote. Within a
/// tier the store's own relevance (BM25) orders the hits; it stays below the gap to the next tier.
/// </summary>
public static class SearchRanking
{
    public const double ExactName = 1000;
    public const double ExactOtherName = 300;
    public const double Name = 100;
    public const double Alias = 30;
    public const double English = 10;
    public const double Provenance = 1;

    /// <summary>
    /// The tier score of an entity by plain containment of the terms (<see cref="SearchText.Terms"/>), for stores whose
    /// index cannot say which field matched. Zero when no field holds every term.
    /// </summary>
    public static double Tier(Entity entity, string text)
    {
        ArgumentNullException.ThrowIfNull(entity);
        ArgumentNullException.ThrowIfNull(text);
        var normal = SearchText.Normalize(text);
        var terms = SearchText.Terms(text);
        double score = 0;
        if (normal.Length > 0 && (SearchText.Normalize(entity.Name) == normal || string.Equals(entity.Id, text.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            score += ExactName;
        }
        else if (normal.Length > 0 && (SearchText.Normalize(entity.NameEn) == normal || entity.Aliases.Any(a => SearchText.Normalize(a) == normal)))
        {
            score += ExactOtherName;
        }

        if (SearchText.ContainsAll(entity.Name, terms))
        {
            score += Name;
        }

        if (entity.Aliases.Any(a => SearchText.ContainsAll(a, terms)))
        {
            score += Alias;
        }

        if (SearchText.ContainsAll(entity.NameEn, terms))
        {
            score += English;
        }

        if (entity.Provenance.Any(p => SearchText.ContainsAll(p.Quote, terms)))
        {
            score += Provenance;
        }

        return score;
    }
}
