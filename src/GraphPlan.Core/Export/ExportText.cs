using System.Text;
using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Export;

/// <summary>
/// Text as the exporters write it: characters that no graph text may hold (see <see cref="EntityRules.ForbiddenCharacterAt"/>),
/// which a store written before that rule may still have, become U+FFFD, so one bad entity cannot break a whole export.
/// </summary>
internal static class ExportText
{
    /// <summary>The entity itself when all its text is clean, else a copy with every string cleaned.</summary>
    public static Entity Clean(Entity entity)
    {
        if (IsClean(entity.Id) && IsClean(entity.Name) && IsClean(entity.NameEn) && entity.Aliases.All(IsClean)
            && entity.Attributes.All(a => IsClean(a.Key) && IsClean(a.Value))
            && entity.Values.All(v => IsClean(v.Text) && IsClean(v.Unit)) && IsClean(entity.Provenance))
        {
            return entity;
        }

        return entity with
        {
            Id = Clean(entity.Id),
            Name = Clean(entity.Name),
            NameEn = Clean(entity.NameEn),
            Aliases = entity.Aliases.Select(a => Clean(a)).ToList(),
            Attributes = entity.Attributes.ToDictionary(a => Clean(a.Key), a => Clean(a.Value), StringComparer.Ordinal),
            Values = entity.Values.Select(v => v with { Text = Clean(v.Text), Unit = v.Unit is null ? null : Clean(v.Unit) }).ToList(),
            Provenance = Clean(entity.Provenance),
        };
    }

    /// <summary>The relationship itself when all its text is clean, else a cleaned copy.</summary>
    public static Relationship Clean(Relationship relationship) =>
        IsClean(relationship.From) && IsClean(relationship.To) && IsClean(relationship.Provenance)
            ? relationship
            : relationship with { From = Clean(relationship.From), To = Clean(relationship.To), Provenance = Clean(relationship.Provenance) };

    private static bool IsClean(string? text) => EntityRules.ForbiddenCharacterAt(text, allowLineBreaks: true) is null;

    private static bool IsClean(IReadOnlyList<Provenance> provenance) => provenance.All(p => IsClean(p.Section) && IsClean(p.Quote) && IsClean(p.Source));

    private static List<Provenance> Clean(IReadOnlyList<Provenance> provenance) =>
        provenance.Select(p => p with { Section = Clean(p.Section), Quote = Clean(p.Quote), Source = p.Source is null ? null : Clean(p.Source) }).ToList();

    public static string Clean(string text, bool allowLineBreaks = true)
    {
        if (EntityRules.ForbiddenCharacterAt(text, allowLineBreaks) is not { } first)
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        clean.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(c).Append(text[++i]);
            }
            else
            {
                clean.Append(EntityRules.ForbiddenCharacterAt(c.ToString(), allowLineBreaks) is null ? c : '\uFFFD');
            }
        }

        return clean.ToString();
    }
}
