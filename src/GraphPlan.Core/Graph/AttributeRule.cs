namespace GraphPlan.Core.Graph;

/// <summary>
/// An attribute an entity kind may carry, and what its value must look like. A list-valued attribute holds items
/// separated by single spaces (e.g. <c>table: "1-1 2-1"</c>); each item is checked, and filters match items.
/// </summary>
public sealed record AttributeRule(string Key, string Meaning, IReadOnlyList<string>? AllowedValues = null, bool IsInteger = false, bool IsList = false)
{
    /// <summary>The items of a value: the value itself, or its space-separated items when the attribute is a list.</summary>
    public static IReadOnlyList<string> Items(string value, bool isList) =>
        isList ? value.Split(' ', StringSplitOptions.RemoveEmptyEntries) : [value];

    public string? Check(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"attribute '{Key}' is empty";
        }

        if (IsInteger && !int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            return $"attribute '{Key}' must be a whole number, not '{value}'";
        }

        if (AllowedValues is { } allowed && !Items(value, IsList).All(item => allowed.Contains(item, StringComparer.Ordinal)))
        {
            return IsList
                ? $"attribute '{Key}' must be a space-separated list of {string.Join(", ", allowed)}, not '{value}'"
                : $"attribute '{Key}' must be one of {string.Join(", ", allowed)}, not '{value}'";
        }

        return null;
    }
}
