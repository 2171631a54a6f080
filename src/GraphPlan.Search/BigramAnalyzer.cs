using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace GraphPlan.Search;

/// <summary>
/// Han characters as overlapping pairs (液氢工厂 → 液氢 氢工 工厂), other scripts as lower-cased words, widths folded.
/// Indexed with the single characters as well, so a one-character search (氢) finds every name holding it; a
/// search uses the pairs only, so 氢能 does not match every name with 氢 and 能 apart.
/// Without pairs it yields single characters only (the near-match fallback).
/// </summary>
internal sealed class BigramAnalyzer(bool unigrams, bool bigrams = true) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream result = new CJKWidthFilter(source);
        result = new LowerCaseFilter(LuceneVersion.LUCENE_48, result);
        if (bigrams)
        {
            result = new CJKBigramFilter(result, CJKScript.ALL, unigrams);
        }

        return new TokenStreamComponents(source, result);
    }
}
