using System.Globalization;
using System.Text.RegularExpressions;

namespace GraphPlan.Core.Tests.Seed;

/// <summary>
/// Reads the plan's two indicator tables straight from the text. A table starts after its title line (表1-1, 表2-1);
/// each cell is a line starting with a tab, a line without one continues the cell before it (「港口\n发展」), a blank
/// line ends a row, and the table ends at the first untabbed line after a blank one. Word bookmarks are dropped.
/// An empty category cell repeats the one above (merged cells).
/// </summary>
public static partial class PlanTables
{
    public static IReadOnlyList<Table11Row> Table11(string text)
    {
        var rows = new List<Table11Row>();
        var category = string.Empty;
        string? merged = null;
        foreach (var cells in Blocks(text, "表1-1").Skip(1))
        {
            category = cells[0].Length > 0 ? cells[0] : category;
            var number = int.Parse(cells[1], CultureInfo.InvariantCulture);
            if (cells.Count >= 9)
            {
                merged = null;
                rows.Add(new(category, number, cells[2], cells[3], cells[4], cells[5], cells[6], cells[7], cells[8], null));
            }
            else
            {
                merged = cells.Count > 4 && cells[4].Length > 0 ? cells[4] : merged;
                rows.Add(new(category, number, cells[2], cells[3], null, null, null, null, null, merged));
            }
        }

        return rows;
    }

    public static IReadOnlyList<Table21Row> Table21(string text)
    {
        var rows = new List<Table21Row>();
        var category = string.Empty;
        foreach (var cells in Blocks(text, "表2-1").Skip(1))
        {
            category = cells[0].Length > 0 ? cells[0] : category;
            rows.Add(new(category, int.Parse(cells[1], CultureInfo.InvariantCulture), cells[2], cells[3], cells[4], cells[5]));
        }

        return rows;
    }

    /// <summary>The table's rows as lists of cells, the header row first.</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Blocks(string text, string title)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.FindIndex(l => l.Contains(title, StringComparison.Ordinal));
        if (start < 0)
        {
            throw new InvalidOperationException($"table title '{title}' not found in the plan text");
        }

        var blocks = new List<IReadOnlyList<string>>();
        var current = new List<string>();
        var afterBlank = false;
        foreach (var line in lines.Skip(start + 1))
        {
            if (line.Trim().Length == 0 && !line.StartsWith('\t'))
            {
                if (current.Count > 0)
                {
                    blocks.Add(Clean(current));
                    current = [];
                }

                afterBlank = true;
                continue;
            }

            if (line.StartsWith('\t'))
            {
                current.Add(line[1..]);
            }
            else if (afterBlank || current.Count == 0)
            {
                break;
            }
            else
            {
                current[^1] += line;
            }

            afterBlank = false;
        }

        if (current.Count > 0)
        {
            blocks.Add(Clean(current));
        }

        return blocks;
    }

    private static List<string> Clean(List<string> cells) => cells.Select(c => Bookmark().Replace(c, string.Empty).Trim()).ToList();

    [GeneratedRegex(@"\[bookmark: [^\]]*\]", RegexOptions.CultureInvariant)]
    private static partial Regex Bookmark();
}
