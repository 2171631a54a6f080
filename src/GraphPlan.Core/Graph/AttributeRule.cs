namespace GraphPlan.Core.Graph;

/// <summary>An attribute an entity kind may carry, and what its value must look like.</summary>
public sealed record AttributeRule(string Key, string Meaning, IReadOnlyList<string>? AllowedValues = null, bool IsInteger = false)
{
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

        if (AllowedValues is { } allowed && !allowed.Contains(value, StringComparer.Ordinal))
        {
            return $"attribute '{Key}' must be one of {string.Join(", ", allowed)}, not '{value}'";
        }

        return null;
    }
}
