using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace GraphPlan.Search;

/// <summary>The indexed fields and the analyzer each is indexed and searched with.</summary>
internal static class SearchFields
{
    public const string Id = "id";
    public const string Kind = "kind";
    public const string ExactName = "exact_name";
    public const string ExactOther = "exact_other";
    public const string NameWords = "name_words";
    public const string NameBigrams = "name_bi";
    public const string AliasWords = "alias_words";
    public const string AliasBigrams = "alias_bi";
    public const string English = "en";
    public const string Quote = "quote_bi";
    public const string Text = "text_bi";
    public const string TextWords = "text_words";

    public static Analyzer Words { get; } = new SmartChineseAnalyzer(LuceneVersion.LUCENE_48);

    public static Analyzer EnglishWords { get; } = new EnglishAnalyzer(LuceneVersion.LUCENE_48);

    /// <summary>Pairs and single characters, for indexing.</summary>
    public static Analyzer IndexBigrams { get; } = new BigramAnalyzer(unigrams: true);

    /// <summary>Pairs only (a lone character stays single), for searching.</summary>
    public static Analyzer QueryBigrams { get; } = new BigramAnalyzer(unigrams: false);

    /// <summary>Single characters only, for the near-match fallback.</summary>
    public static Analyzer Unigrams { get; } = new BigramAnalyzer(unigrams: true, bigrams: false);

    public static Analyzer Indexing { get; } = new PerFieldAnalyzerWrapper(IndexBigrams, new Dictionary<string, Analyzer>
    {
        [NameWords] = Words,
        [AliasWords] = Words,
        [TextWords] = Words,
        [English] = EnglishWords,
    });

    public static List<(string Term, int Start, int End)> Tokens(Analyzer analyzer, string field, string text)
    {
        var tokens = new List<(string, int, int)>();
        using var stream = analyzer.GetTokenStream(field, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }

    public static List<string> Terms(Analyzer analyzer, string field, string text) =>
        Tokens(analyzer, field, text).Select(t => t.Term).Distinct(StringComparer.Ordinal).ToList();
}
