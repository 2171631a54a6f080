using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>
/// The entity has one yearly value (<see cref="Measurement"/>) that meets every condition given: year, role, unit,
/// kind, and a numeric range (which only numbers with a value can meet).
/// </summary>
public sealed record ValueFilter : EntityFilter
{
    public int? Year { get; init; }

    public ValueRole? Role { get; init; }

    /// <summary>The unit exactly as the plan writes it, e.g. 亿元.</summary>
    public string? Unit { get; init; }

    public ValueKind? Kind { get; init; }

    public NumberRange? Range { get; init; }

    public bool Matches(Measurement value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return (Year is not { } year || value.Year == year)
            && (Role is not { } role || value.Role == role)
            && (Unit is null || string.Equals(value.Unit, Unit, StringComparison.Ordinal))
            && (Kind is not { } kind || value.Kind == kind)
            && (Range is null || (value.Value is { } number && Range.Contains(number)));
    }
}
