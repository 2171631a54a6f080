namespace GraphPlan.Core.Graph;

/// <summary>
/// The average annual growth an indicator's figures imply between two years, beside the rate the plan prints for
/// the later year (role <see cref="ValueRole.AverageAnnualGrowth"/>), if it prints one.
/// </summary>
public sealed record Growth
{
    /// <summary>
    /// Implied and printed rates agree when they differ by at most this many percentage points: the plan prints rates
    /// with one decimal, so rounding alone moves a rate by up to 0.05; twice that allows for rounded inputs too.
    /// </summary>
    public const decimal Tolerance = 0.1m;

    public required int FromYear { get; init; }

    public required int ToYear { get; init; }

    public required Measurement From { get; init; }

    public required Measurement To { get; init; }

    /// <summary>((to / from)^(1 / years) − 1) × 100, in per cent a year, rounded to four decimals.</summary>
    public required decimal Implied { get; init; }

    /// <summary>The rate the plan prints for <see cref="ToYear"/>, in per cent; null when it prints none.</summary>
    public decimal? Printed { get; init; }

    /// <summary>Implied minus printed, in percentage points; null without a printed rate.</summary>
    public decimal? Difference => Printed is { } printed ? Implied - printed : null;

    /// <summary>True or false when a printed rate exists: whether the difference is within <see cref="Tolerance"/>.</summary>
    public bool? Agrees => Difference is { } difference ? Math.Abs(difference) <= Tolerance : null;

    /// <summary>
    /// The growth from the figure of <paramref name="fromYear"/> (its actual value, else its baseline) to the figure of
    /// <paramref name="toYear"/> (its actual value, else its target); null when either is missing, not a positive number,
    /// in different units, or the years are not in order.
    /// </summary>
    public static Growth? Of(Entity indicator, int fromYear, int toYear)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        if (toYear <= fromYear)
        {
            return null;
        }

        var from = Figure(indicator, fromYear, ValueRole.Actual, ValueRole.Baseline);
        var to = Figure(indicator, toYear, ValueRole.Actual, ValueRole.Target);
        if (from is null || to is null || !string.Equals(from.Unit, to.Unit, StringComparison.Ordinal))
        {
            return null;
        }

        var ratio = (double)to.Value!.Value / (double)from.Value!.Value;
        var implied = (decimal)Math.Round((Math.Pow(ratio, 1.0 / (toYear - fromYear)) - 1) * 100, 4);
        var printed = indicator.Values.FirstOrDefault(v => v.Year == toYear && v.Role == ValueRole.AverageAnnualGrowth && v.Value is not null)?.Value;
        return new Growth { FromYear = fromYear, ToYear = toYear, From = from, To = to, Implied = implied, Printed = printed };
    }

    private static Measurement? Figure(Entity indicator, int year, params ValueRole[] roles) =>
        roles.Select(role => indicator.Values.FirstOrDefault(v => v.Year == year && v.Role == role && v.Value > 0)).FirstOrDefault(v => v is not null);
}
