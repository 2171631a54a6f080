using System.Collections.Frozen;
using System.Text;

namespace GraphPlan.Core.Graph;

/// <summary>
/// Canonical spellings of the closed enums: relationship kinds as SCREAMING_SNAKE (Cypher relationship types,
/// GraphQL enum values), entity kinds as PascalCase (Cypher labels) and as a lower-case id prefix.
/// Parsing is forgiving about case, '-' and '_' so seed files stay easy to write by hand.
/// </summary>
public static class GraphNames
{
    private static readonly FrozenDictionary<RelationshipKind, string> _relationshipNames =
        Enum.GetValues<RelationshipKind>().ToFrozenDictionary(k => k, k => ScreamingSnake(k.ToString()));

    public static string Of(RelationshipKind kind) => _relationshipNames[kind];

    public static string Of(EntityKind kind) => kind.ToString();

    public static string Of<TEnum>(TEnum value)
        where TEnum : struct, Enum => ScreamingSnake(value.ToString());

    public static string IdPrefix(EntityKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParse<TEnum>(string? text, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var wanted = Normalize(text);
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (Normalize(candidate.ToString()) == wanted)
            {
                value = candidate;
                return true;
            }
        }

        return false;
    }

    public static string Allowed<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", Enum.GetValues<TEnum>().Select(v => Of(v)));

    internal static string ScreamingSnake(string pascal)
    {
        var builder = new StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (i > 0 && char.IsUpper(pascal[i]))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(pascal[i]));
        }

        return builder.ToString();
    }

    private static string Normalize(string text) =>
        text.Replace("_", string.Empty, StringComparison.Ordinal)
            .Replace("-", string.Empty, StringComparison.Ordinal)
            .Trim()
            .ToLowerInvariant();
}
