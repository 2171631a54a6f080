using GraphPlan.Core.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace GraphPlan.Search;

/// <summary>
/// A search text analysed once per field, and the Lucene queries built from those terms (never parsed: user text
/// cannot be query syntax). The strict query needs every term in one field; the near query, tried when the strict
/// one finds nothing, lets one character in five be wrong and English words be one or two edits off.
/// </summary>
internal sealed class EntitySearchQuery
{
    public EntitySearchQuery(string text)
    {
        Text = text;
        Normal = SearchText.Normalize(text);
        Id = text.Trim().ToLowerInvariant();
        Bigrams = SearchFields.Terms(SearchFields.QueryBigrams, SearchFields.NameBigrams, text);
        Words = SearchFields.Terms(SearchFields.Words, SearchFields.NameWords, text);
        English = SearchFields.Terms(SearchFields.EnglishWords, SearchFields.English, text);
        Unigrams = SearchFields.Terms(SearchFields.Unigrams, SearchFields.NameBigrams, text);
    }

    public string Text { get; }

    public string Normal { get; }

    public string Id { get; }

    public IReadOnlyList<string> Bigrams { get; }

    public IReadOnlyList<string> Words { get; }

    public IReadOnlyList<string> English { get; }

    public IReadOnlyList<string> Unigrams { get; }

    public bool IsEmpty => Normal.Length == 0 && Bigrams.Count == 0;

    public Query Strict()
    {
        var tiers = Disjunction();
        Tier(tiers, Term(SearchFields.ExactName, Normal), SearchRanking.ExactName);
        Tier(tiers, Term(SearchFields.Id, Id), SearchRanking.ExactName);
        Tier(tiers, Term(SearchFields.ExactOther, Normal), SearchRanking.ExactOtherName);
        Tier(tiers, Either(All(SearchFields.NameWords, Words), All(SearchFields.NameBigrams, Bigrams)), SearchRanking.Name);
        Tier(tiers, Either(All(SearchFields.AliasWords, Words), All(SearchFields.AliasBigrams, Bigrams)), SearchRanking.Alias);
        Tier(tiers, All(SearchFields.English, English), SearchRanking.English);
        Tier(tiers, All(SearchFields.Quote, Bigrams), SearchRanking.Provenance);
        return WithRelevance(tiers);
    }

    /// <summary>Near matches: most of the pairs (or, for a two-character text, one of its characters), English words one edit off.</summary>
    public Query Near()
    {
        var tiers = Disjunction();
        foreach (var (field, weight) in new[] { (SearchFields.NameBigrams, SearchRanking.Name), (SearchFields.AliasBigrams, SearchRanking.Alias), (SearchFields.Quote, SearchRanking.Provenance) })
        {
            var pairs = Bigrams.Where(t => t.Length == 2 && SearchText.IsHan(t[0])).ToList();
            if (pairs.Count >= 3)
            {
                Tier(tiers, Most(field, Bigrams, (int)Math.Ceiling(Bigrams.Count * 0.6)), weight / 2);
            }
            else if (Unigrams.Count >= 2)
            {
                Tier(tiers, Most(field, Unigrams, Unigrams.Count - 1), weight / 2);
            }
        }

        if (English.Count > 0)
        {
            var fuzzy = new BooleanQuery(disableCoord: true);
            foreach (var word in English)
            {
                var edits = word.Length >= 8 ? 2 : word.Length >= 4 ? 1 : 0;
                fuzzy.Add(new FuzzyQuery(new Term(SearchFields.English, word), edits, prefixLength: 1), Occur.MUST);
            }

            Tier(tiers, fuzzy, SearchRanking.English / 2);
        }

        return WithRelevance(tiers);
    }

    /// <summary>The terms to mark in a field's text.</summary>
    public IReadOnlySet<string> MarkedTerms(string field) => field switch
    {
        SearchFields.English => English.ToHashSet(StringComparer.Ordinal),
        _ => Bigrams.Concat(Bigrams.Count == 0 ? Unigrams : []).ToHashSet(StringComparer.Ordinal),
    };

    private Query WithRelevance(BooleanQuery tiers)
    {
        // The tiers decide which entities match and their floor; BM25 on the name fields orders a tier, kept below the gaps.
        var query = new BooleanQuery(disableCoord: true) { { tiers, Occur.MUST } };
        var count = Math.Max(1, Bigrams.Count + Words.Count + English.Count);
        var boost = 0.4f / count;
        foreach (var (field, terms) in new[] { (SearchFields.NameWords, Words), (SearchFields.NameBigrams, Bigrams), (SearchFields.English, English) })
        {
            foreach (var term in terms)
            {
                query.Add(new TermQuery(new Term(field, term)) { Boost = boost }, Occur.SHOULD);
            }
        }

        return query;
    }

    private static BooleanQuery Disjunction() => new(disableCoord: true);

    private static void Tier(BooleanQuery tiers, Query? query, double weight)
    {
        if (query is not null)
        {
            tiers.Add(new ConstantScoreQuery(query) { Boost = (float)weight }, Occur.SHOULD);
        }
    }

    private static TermQuery? Term(string field, string value) => value.Length == 0 ? null : new TermQuery(new Term(field, value));

    private static BooleanQuery? All(string field, IReadOnlyList<string> terms)
    {
        if (terms.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery(disableCoord: true);
        foreach (var term in terms)
        {
            query.Add(new TermQuery(new Term(field, term)), Occur.MUST);
        }

        return query;
    }

    private static BooleanQuery? Most(string field, IReadOnlyList<string> terms, int atLeast)
    {
        if (terms.Count == 0)
        {
            return null;
        }

        var query = new BooleanQuery(disableCoord: true) { MinimumNumberShouldMatch = Math.Max(1, atLeast) };
        foreach (var term in terms)
        {
            query.Add(new TermQuery(new Term(field, term)), Occur.SHOULD);
        }

        return query;
    }

    private static Query? Either(Query? a, Query? b)
    {
        if (a is null || b is null)
        {
            return a ?? b;
        }

        return new BooleanQuery(disableCoord: true) { { a, Occur.SHOULD }, { b, Occur.SHOULD } };
    }
}
