using System.Globalization;
using System.Text;
using GraphPlan.GraphQL.Errors;

namespace GraphPlan.GraphQL.Listing;

/// <summary>Opaque cursors: a position in the ordered list, base64-encoded so clients do not build them.</summary>
internal static class Cursor
{
    private const string Prefix = "offset:";

    public static string At(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    /// <summary>The offset just after the cursor; throws a BAD_USER_INPUT error for anything this API did not issue.</summary>
    public static int After(string? cursor)
    {
        if (cursor is null)
        {
            return 0;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return offset + 1;
            }
        }
        catch (FormatException)
        {
        }

        throw GraphPlanErrors.BadInput($"Argument 'after' is not a cursor this API issued: '{cursor}'.");
    }
}
