using System.Text.RegularExpressions;
using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Search;

/// <summary>
/// Splits the plan text into sentences and places each in its chapter or section. A chapter or section starts at the
/// first line holding its own provenance quote (its heading, or for a lost heading the section's first sentence),
/// searched from where its chapter starts; a line belongs to the last one started above it, or to the plan.
/// Table cells (tab-indented lines) are not sentences.
/// </summary>
public static partial class PlanSentences
{
    public static IReadOnlyList<PlanSentence> Split(string planText, IEnumerable<Entity> structure)
    {
        ArgumentNullException.ThrowIfNull(planText);
        ArgumentNullException.ThrowIfNull(structure);
        var lines = planText.Split('\n').Select(l => Bookmark().Replace(l.TrimEnd('\r'), string.Empty)).ToArray();
        var parts = structure.Where(e => e.Kind is EntityKind.Chapter or EntityKind.Section).ToList();
        var plan = structure.FirstOrDefault(e => e.Kind == EntityKind.Plan)?.Id ?? "plan";
        var starts = new List<(int Line, string Id)>();
        var chapterStarts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var chapter in parts.Where(p => p.Kind == EntityKind.Chapter))
        {
            if (FirstLine(lines, chapter, 0) is { } line)
            {
                starts.Add((line, chapter.Id));
                chapterStarts[chapter.Id] = line;
            }
        }

        foreach (var section in parts.Where(p => p.Kind == EntityKind.Section))
        {
            // Section ids are "section:<chapter>.<n>": search from the chapter's start, since "第一节" repeats.
            var chapter = "chapter:" + section.Id.Split(':').Last().Split('.')[0];
            if (FirstLine(lines, section, chapterStarts.GetValueOrDefault(chapter)) is { } line)
            {
                starts.Add((line, section.Id));
            }
        }

        starts.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : string.CompareOrdinal(a.Id, b.Id));
        var sentences = new List<PlanSentence>();
        var next = 0;
        var current = plan;
        for (var i = 0; i < lines.Length; i++)
        {
            while (next < starts.Count && starts[next].Line <= i)
            {
                current = starts[next++].Id;
            }

            if (lines[i].StartsWith('\t') || string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            foreach (Match sentence in Sentence().Matches(lines[i]))
            {
                var text = sentence.Value.Trim();
                if (text.Length > 1)
                {
                    sentences.Add(new PlanSentence(sentences.Count + 1, text, current));
                }
            }
        }

        return sentences;
    }

    /// <summary>
    /// Which entities each sentence is cited by: a provenance quote inside the sentence, or a sentence inside a quote
    /// that runs over several sentences.
    /// </summary>
    public static IReadOnlyDictionary<int, IReadOnlyList<string>> Citations(IReadOnlyList<PlanSentence> sentences, IEnumerable<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(entities);
        // Quotes by their first two characters, so each sentence position is checked against few quotes, not all of them.
        var byStart = new Dictionary<int, List<(string Quote, string Id)>>();
        var spanning = new List<(string Quote, string Id)>();
        foreach (var entity in entities)
        {
            foreach (var quote in entity.Provenance.Select(p => p.Quote).Where(q => q.Length > 1).Distinct(StringComparer.Ordinal))
            {
                var key = (quote[0] << 16) | quote[1];
                if (!byStart.TryGetValue(key, out var list))
                {
                    byStart[key] = list = [];
                }

                list.Add((quote, entity.Id));
                if (quote.AsSpan(0, quote.Length - 1).IndexOfAny("。！？!?") >= 0)
                {
                    spanning.Add((quote, entity.Id));
                }
            }
        }

        var cited = new Dictionary<int, SortedSet<string>>();
        void Cite(int sentence, string id)
        {
            if (!cited.TryGetValue(sentence, out var ids))
            {
                cited[sentence] = ids = new SortedSet<string>(StringComparer.Ordinal);
            }

            ids.Add(id);
        }

        foreach (var sentence in sentences)
        {
            var text = sentence.Text;
            for (var i = 0; i + 1 < text.Length; i++)
            {
                if (byStart.TryGetValue((text[i] << 16) | text[i + 1], out var candidates))
                {
                    foreach (var (quote, id) in candidates)
                    {
                        if (i + quote.Length <= text.Length && string.CompareOrdinal(text, i, quote, 0, quote.Length) == 0)
                        {
                            Cite(sentence.Number, id);
                        }
                    }
                }
            }

            // A quote running over sentences cites each one it covers or, at its ends, a part of.
            foreach (var (quote, id) in spanning)
            {
                if ((quote.Length > text.Length && quote.Contains(text, StringComparison.Ordinal))
                    || quote.Split(['。', '！', '？', '!', '?'], StringSplitOptions.RemoveEmptyEntries).Any(part => part.Length >= 4 && text.Contains(part, StringComparison.Ordinal)))
                {
                    Cite(sentence.Number, id);
                }
            }
        }

        return cited.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)[.. p.Value]);
    }

    private static int? FirstLine(string[] lines, Entity part, int from)
    {
        foreach (var quote in part.Provenance.Select(p => p.Quote))
        {
            for (var i = from; i < lines.Length; i++)
            {
                if (lines[i].Contains(quote, StringComparison.Ordinal))
                {
                    return i;
                }
            }
        }

        return null;
    }

    [GeneratedRegex(@"\[bookmark: [^\]]*\]")]
    private static partial Regex Bookmark();

    /// <summary>Up to and including a full stop, question or exclamation mark (closing quotes stay with it), or to the end of the line.</summary>
    [GeneratedRegex(@"[^。！？!?]+(?:[。！？!?]+[”’」』）)]*|$)")]
    private static partial Regex Sentence();
}
