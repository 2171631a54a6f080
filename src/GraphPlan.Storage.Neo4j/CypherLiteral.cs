using System.Collections;
using System.Globalization;
using System.Text;

namespace GraphPlan.Storage.Neo4j;

/// <summary>Writes values as Cypher literals, for scripts that cannot carry parameters.</summary>
internal static class CypherLiteral
{
    /// <summary>
    /// A single-quoted string. Backslash and quote are escaped; so is every character that could be misread or
    /// mangled on the way (control characters, line and paragraph separators, lone surrogates), as <c>\uXXXX</c>.
    /// Everything else, CJK and emoji included, is written as itself.
    /// </summary>
    public static string String(string value)
    {
        var text = new StringBuilder(value.Length + 2);
        text.Append('\'');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\':
                    text.Append(@"\\");
                    break;
                case '\'':
                    text.Append(@"\'");
                    break;
                case '\n':
                    text.Append(@"\n");
                    break;
                case '\r':
                    text.Append(@"\r");
                    break;
                case '\t':
                    text.Append(@"\t");
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        text.Append(c).Append(value[++i]);
                    }
                    else if (char.IsControl(c) || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\uFEFF')
                    {
                        text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('\'').ToString();
    }

    public static string Of(object? value) => value switch
    {
        null => "null",
        string s => String(s),
        bool b => b ? "true" : "false",
        int or long => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        IEnumerable<KeyValuePair<string, object?>> map => Map(map),
        IEnumerable list => "[" + string.Join(", ", list.Cast<object?>().Select(Of)) + "]",
        _ => throw new ArgumentException($"no Cypher literal for a {value.GetType().Name}", nameof(value)),
    };

    /// <summary>Keys are written as plain identifiers and must be one (they are this adapter's own property names).</summary>
    public static string Map(IEnumerable<KeyValuePair<string, object?>> map) =>
        "{" + string.Join(", ", map.Select(p => $"{Key(p.Key)}: {Of(p.Value)}")) + "}";

    private static string Key(string key) =>
        key.Length > 0 && char.IsAsciiLetter(key[0]) && key.All(char.IsAsciiLetterOrDigit)
            ? key
            : throw new ArgumentException($"'{key}' is not a plain property name", nameof(key));
}
