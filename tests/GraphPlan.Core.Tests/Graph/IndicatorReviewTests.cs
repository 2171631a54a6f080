using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Tests.Graph;

public sealed class IndicatorReviewTests
{
    [Theory]
    [InlineData(176, 123, Qualifier.Exact, "higher-is-better", ReviewStatus.Met)]
    [InlineData(44.6, 55, Qualifier.Exact, "higher-is-better", ReviewStatus.Missed)]
    [InlineData(27, 35, Qualifier.Exact, "lower-is-better", ReviewStatus.Met)]
    [InlineData(40, 35, Qualifier.Exact, "lower-is-better", ReviewStatus.Missed)]
    [InlineData(92, 92, Qualifier.AtLeast, "higher-is-better", ReviewStatus.Met)]
    [InlineData(100, 100, Qualifier.Exceeds, "higher-is-better", ReviewStatus.Missed)]
    [InlineData(101, 100, Qualifier.Exceeds, "higher-is-better", ReviewStatus.Met)]
    [InlineData(3.2, 3.3, Qualifier.About, "higher-is-better", ReviewStatus.Met)]
    [InlineData(3.0, 3.3, Qualifier.About, "higher-is-better", ReviewStatus.Missed)]
    [InlineData(0.5, 0.4, Qualifier.AtMost, "higher-is-better", ReviewStatus.Missed)]
    public void The_actual_value_is_compared_with_the_target_by_polarity_and_qualifier(double actual, double target, Qualifier qualifier, string polarity, ReviewStatus expected)
    {
        var indicator = Indicator(polarity,
            new Measurement { Year = 2020, Role = ValueRole.Actual, Text = "a", Value = (decimal)actual },
            new Measurement { Year = 2020, Role = ValueRole.Target, Text = "t", Value = (decimal)target, Qualifier = qualifier });

        Assert.Equal(expected, IndicatorReview.Of(indicator, 2020)!.Status);
    }

    [Fact]
    public void A_target_that_is_not_a_number_cannot_be_compared()
    {
        var indicator = Indicator("higher-is-better",
            new Measurement { Year = 2020, Role = ValueRole.Actual, Text = "完成", Kind = ValueKind.Text },
            new Measurement { Year = 2020, Role = ValueRole.Target, Text = "市下达指标", Kind = ValueKind.Assigned });

        Assert.Equal(ReviewStatus.NotComparable, IndicatorReview.Of(indicator, 2020)!.Status);
    }

    [Fact]
    public void There_is_no_review_for_a_year_without_a_target()
    {
        var indicator = Indicator("higher-is-better", new Measurement { Year = 2020, Role = ValueRole.Actual, Text = "1", Value = 1 });

        Assert.Null(IndicatorReview.Of(indicator, 2020));
    }

    private static Entity Indicator(string polarity, params Measurement[] values) => new()
    {
        Id = "indicator:x",
        Kind = EntityKind.Indicator,
        Name = "指标",
        NameEn = "Indicator",
        Attributes = new Dictionary<string, string> { ["polarity"] = polarity },
        Values = values,
    };
}
