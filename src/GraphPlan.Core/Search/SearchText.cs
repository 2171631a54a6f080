using System.Globalization;
using System.Net;
using System.Text;

namespace GraphPlan.Core.Search;

/// <summary>
/// Store-independent text rules of search: the normal form two names must share to be "the same name", the terms a
/// text is made of (Han characters in overlapping pairs, other scripts as words), and the marking of matches.
/// </summary>
public static class SearchText
{
    /// <summary>Full-width folded, lower-cased, everything but letters and digits dropped: "Liquid-Hydrogen  plant" → "liquidhydrogenplant".</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = text.Normalize(NormalizationForm.FormKC);
        var result = new StringBuilder(folded.Length);
        foreach (var rune in folded.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                result.Append(Rune.ToLowerInvariant(rune).ToString());
            }
        }

        return result.ToString();
    }

    public static bool IsHan(char c) => c is >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>
    /// The terms of a text: each run of Han characters as its overlapping pairs (a lone character as itself), each
    /// run of other letters and digits as one lower-cased word. Punctuation and operators separate terms and are
    /// otherwise ignored, so "5+x" is the terms 5 and x. Duplicates are kept once, in order.
    /// </summary>
    public static IReadOnlyList<string> Terms(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        var terms = new List<string>();
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (IsHan(c))
            {
                var start = i;
                while (i < folded.Length && IsHan(folded[i]))
                {
                    i++;
                }

                if (i - start == 1)
                {
                    terms.Add(folded.Substring(start, 1));
                }

                for (var j = start; j + 1 < i; j++)
                {
                    terms.Add(folded.Substring(j, 2));
                }
            }
            else if (char.IsLetterOrDigit(c))
            {
                var start = i;
                while (i < folded.Length && char.IsLetterOrDigit(folded[i]) && !IsHan(folded[i]))
                {
                    i++;
                }

                terms.Add(folded[start..i]);
            }
            else
            {
                i++;
            }
        }

        return terms.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The text HTML-escaped, with each span (start, length; overlapping spans merge) wrapped in the highlight marks.</summary>
    public static string Mark(string text, IEnumerable<(int Start, int Length)> spans)
    {
        ArgumentNullException.ThrowIfNull(text);
        var merged = new List<(int Start, int End)>();
        foreach (var (start, length) in spans.Where(s => s.Length > 0 && s.Start >= 0 && s.Start + s.Length <= text.Length).OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, start + length));
            }
            else
            {
                merged.Add((start, start + length));
            }
        }

        var result = new StringBuilder(text.Length + (merged.Count * 9));
        var at = 0;
        foreach (var (start, end) in merged)
        {
            result.Append(WebUtility.HtmlEncode(text[at..start])).Append(SearchHighlight.Open)
                .Append(WebUtility.HtmlEncode(text[start..end])).Append(SearchHighlight.Close);
            at = end;
        }

        return result.Append(WebUtility.HtmlEncode(text[at..])).ToString();
    }

    /// <summary>Spans where any of the terms occurs in the text, case-insensitively (for stores that do not report offsets).</summary>
    public static IReadOnlyList<(int Start, int Length)> Find(string text, IEnumerable<string> terms)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<(int, int)>();
        foreach (var term in terms)
        {
            for (var at = text.IndexOf(term, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(term, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                spans.Add((at, term.Length));
            }
        }

        return spans;
    }

    /// <summary>Whether the text holds every term (case-insensitive, after <see cref="Normalize"/> for words).</summary>
    public static bool ContainsAll(string text, IReadOnlyList<string> terms)
    {
        var normal = Normalize(text);
        return terms.Count > 0 && terms.All(t => normal.Contains(t, StringComparison.Ordinal));
    }

    public static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
