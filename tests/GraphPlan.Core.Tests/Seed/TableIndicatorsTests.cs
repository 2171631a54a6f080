using System.Globalization;
using System.Text.RegularExpressions;
using GraphPlan.Core.Graph;
using GraphPlan.Core.Seed;
using GraphPlan.Testing;

namespace GraphPlan.Core.Tests.Seed;

/// <summary>Every row of Table 1-1 and Table 2-1, read from the plan text, is exactly one indicator in the seed with the row's values.</summary>
public sealed partial class TableIndicatorsTests
{
    private static readonly Lazy<SeedSet> _seed = new(() => SeedLoader.Load(RepositoryPaths.Seed));
    private static readonly Lazy<string> _text = new(() => File.ReadAllText(RepositoryPaths.PlanText));

    public static TheoryData<int> Table11Numbers => new(Enumerable.Range(1, 20));

    public static TheoryData<int> Table21Numbers => new(Enumerable.Range(1, 34));

    [Theory]
    [MemberData(nameof(Table11Numbers))]
    public void Table_1_1_row_is_one_indicator_with_the_rows_values(int number)
    {
        var row = Assert.Single(PlanTables.Table11(_text.Value), r => r.Number == number);
        var indicator = Assert.Single(Indicators(), e => e.Attribute("row13th") == Invariant(number));

        Assert.Contains(row.Name, indicator.Aliases.Prepend(indicator.Name));
        Assert.Equal(row.Unit.Length == 0 ? null : row.Unit, indicator.Attribute("unit"));
        Assert.Equal(row.Category, indicator.Attribute("category13th") ?? indicator.Attribute("category"));
        Assert.Contains("1-1", indicator.Attribute("table") ?? string.Empty, StringComparison.Ordinal);
        var values = indicator.Values.Where(v => v.Year <= 2020).ToList();

        if (row.MergedCell is { } merged)
        {
            Assert.Equal("binding", indicator.Attribute("attribute13th"));
            Assert.Null(indicator.Attribute("attribute"));
            Assert.Equal(2, values.Count);
            var actual = Assert.Single(values, v => v.Year == 2020 && v.Role == ValueRole.Actual);
            Assert.Equal((ValueKind.Text, merged), (actual.Kind, actual.Text));
            var target = Assert.Single(values, v => v.Year == 2020 && v.Role == ValueRole.Target);
            Assert.Equal(ValueKind.Assigned, target.Kind);
            Assert.Contains(target.Text, merged, StringComparison.Ordinal);
            return;
        }

        var expected = new (int Year, ValueRole Role, string? Cell, string Unit)[]
        {
            (2015, ValueRole.Baseline, row.Value2015, row.Unit),
            (2020, ValueRole.Actual, row.Value2020, row.Unit),
            (2020, ValueRole.Target, row.Target2020, row.Unit),
            (2020, ValueRole.AverageAnnualGrowth, row.AverageAnnualGrowth, "%"),
            (2020, ValueRole.GrowthOverPeriod, row.GrowthOverPeriod, "%"),
        }.Where(x => x.Cell is not (null or "-")).ToList();

        Assert.Equal(expected.Count, values.Count);
        foreach (var (year, role, cell, unit) in expected)
        {
            var value = Assert.Single(values, v => v.Year == year && v.Role == role);
            Assert.Equal(ValueKind.Number, value.Kind);
            Assert.Equal(decimal.Parse(cell!, NumberStyles.Number, CultureInfo.InvariantCulture), value.Value);
            Assert.Equal(cell, value.Text);
            Assert.Equal(unit, value.Unit);
            Assert.Equal(Qualifier.Exact, value.Qualifier);
        }
    }

    [Theory]
    [MemberData(nameof(Table21Numbers))]
    public void Table_2_1_row_is_one_indicator_with_the_rows_target(int number)
    {
        var row = Assert.Single(PlanTables.Table21(_text.Value), r => r.Number == number);
        var indicator = Assert.Single(Indicators(), e => e.Attribute("row") == Invariant(number));

        Assert.Contains(row.Name, indicator.Aliases.Prepend(indicator.Name));
        Assert.Equal(row.Unit, indicator.Attribute("unit"));
        Assert.Equal(row.Category, indicator.Attribute("category"));
        Assert.Equal(row.Attribute == "约束性" ? "binding" : "expected", indicator.Attribute("attribute"));
        Assert.Contains("2-1", indicator.Attribute("table") ?? string.Empty, StringComparison.Ordinal);

        var target = Assert.Single(indicator.Values, v => v.Year == 2025 && v.Role == ValueRole.Target);
        Assert.Equal(row.Target, target.Text);
        if (Figure().Match(row.Target) is { Success: true } match)
        {
            Assert.Equal(ValueKind.Number, target.Kind);
            Assert.Equal(decimal.Parse(match.Groups["n"].Value, NumberStyles.Number, CultureInfo.InvariantCulture), target.Value);
            Assert.Equal(row.Unit, target.Unit);
            var qualifier = match.Groups["q"].Value switch
            {
                "以上" => Qualifier.AtLeast,
                "以下" => Qualifier.AtMost,
                "左右" => Qualifier.About,
                _ => Qualifier.Exact,
            };
            Assert.Equal(qualifier, target.Qualifier);
        }
        else
        {
            Assert.Equal(row.Target.Contains("下达", StringComparison.Ordinal) ? ValueKind.Assigned : ValueKind.Relative, target.Kind);
            Assert.Null(target.Value);
        }
    }

    [Fact]
    public void Every_table_indicator_is_a_row_of_a_table()
    {
        var t11 = PlanTables.Table11(_text.Value).Select(r => Invariant(r.Number)).ToHashSet();
        var t21 = PlanTables.Table21(_text.Value).Select(r => Invariant(r.Number)).ToHashSet();

        Assert.All(Indicators().Where(e => e.Attribute("table") != "prose"), e =>
        {
            Assert.True(e.Attribute("row13th") is null || t11.Contains(e.Attribute("row13th")!), e.Id);
            Assert.True(e.Attribute("row") is null || t21.Contains(e.Attribute("row")!), e.Id);
            Assert.Equal(e.Attribute("table")!.Contains("1-1", StringComparison.Ordinal), e.Attribute("row13th") is not null);
            Assert.Equal(e.Attribute("table")!.Contains("2-1", StringComparison.Ordinal), e.Attribute("row") is not null);
        });
        Assert.Equal(20 + 34 - 3, Indicators().Count(e => e.Attribute("table") != "prose"));
    }

    [Fact]
    public void Only_service_sector_value_added_missed_its_2020_target()
    {
        var missed = Indicators()
            .Where(e => e.Attribute("row13th") is not null)
            .Where(e =>
            {
                var actual = e.Values.SingleOrDefault(v => v.Year == 2020 && v.Role == ValueRole.Actual)?.Value;
                var target = e.Values.SingleOrDefault(v => v.Year == 2020 && v.Role == ValueRole.Target)?.Value;
                return actual is not null && target is not null
                    && (e.Attribute("polarity") == "lower-is-better" ? actual > target : actual < target);
            })
            .Select(e => e.Id);

        Assert.Equal(["indicator:service-sector-value-added"], missed);
    }

    private static List<Entity> Indicators() => _seed.Value.Graph.Entities.Where(e => e.Kind == EntityKind.Indicator).ToList();

    private static string Invariant(int number) => number.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<n>-?\d+(?:\.\d+)?)(?<q>以上|以下|左右)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Figure();
}
