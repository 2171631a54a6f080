namespace GraphPlan.Core.Graph;

/// <summary>An indicator's target and actual value for one year, and whether the target was met.</summary>
public sealed record IndicatorReview(Entity Indicator, int Year, Measurement Target, Measurement? Actual, ReviewStatus Status)
{
    /// <summary>Reviews the indicator for the year, or returns null when it has no target for that year.</summary>
    public static IndicatorReview? Of(Entity indicator, int year)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        var target = First(indicator.Values, year, ValueRole.Target);
        if (target is null)
        {
            return null;
        }

        var actual = First(indicator.Values, year, ValueRole.Actual);
        if (actual?.Value is not { } achieved || target.Value is not { } wanted)
        {
            return new(indicator, year, target, actual, ReviewStatus.NotComparable);
        }

        var lowerIsBetter = indicator.Attribute("polarity") == "lower-is-better";
        var met = target.Qualifier switch
        {
            Qualifier.AtMost => achieved <= wanted,
            Qualifier.AtLeast => achieved >= wanted,
            Qualifier.Exceeds => achieved > wanted,
            Qualifier.About => lowerIsBetter ? achieved <= wanted * 1.05m : achieved >= wanted * 0.95m,
            _ => lowerIsBetter ? achieved <= wanted : achieved >= wanted,
        };
        return new(indicator, year, target, actual, met ? ReviewStatus.Met : ReviewStatus.Missed);
    }

    // A loop rather than LINQ: every indicator of a year is reviewed per request, and this allocates nothing.
    private static Measurement? First(IReadOnlyList<Measurement> values, int year, ValueRole role)
    {
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i].Year == year && values[i].Role == role)
            {
                return values[i];
            }
        }

        return null;
    }
}
