using System.Text;

namespace GraphPlan.Storage.Neo4j;

/// <summary>Makes free text safe to hand to a full-text index: Lucene's operators are escaped, so they match literally.</summary>
internal static class LuceneText
{
    private const string Special = "+-&|!(){}[]^\"~*?:\\/";

    /// <summary>Also lower-cases the text, so AND, OR and NOT are words, not operators (the analyzer folds case anyway).</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text.ToLowerInvariant())
        {
            if (Special.Contains(c, StringComparison.Ordinal))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
