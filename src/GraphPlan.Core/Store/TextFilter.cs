namespace GraphPlan.Core.Store;

/// <summary>
/// A text of the entity compared with values. An entity without the text (no such attribute, no aliases) never
/// matches. <see cref="Values"/> holds one value, except for <see cref="TextOperator.In"/>.
/// </summary>
public sealed record TextFilter(TextField Field, TextOperator Operator, IReadOnlyList<string> Values) : EntityFilter
{
    /// <summary>The attribute's key when <see cref="Field"/> is <see cref="TextField.Attribute"/>.</summary>
    public string? Key { get; init; }

    /// <summary>True when the text passes the comparison.</summary>
    public bool Matches(string text) => Operator switch
    {
        TextOperator.Eq or TextOperator.In => Values.Contains(text, StringComparer.Ordinal),
        TextOperator.Contains => Values.Count > 0 && text.Contains(Values[0], StringComparison.Ordinal),
        TextOperator.StartsWith => Values.Count > 0 && text.StartsWith(Values[0], StringComparison.Ordinal),
        _ => false,
    };
}
