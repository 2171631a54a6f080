using System.Text.Json;
using GraphPlan.Core.Graph;
using GraphPlan.Core.Seed;
using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Limits;
using GraphPlan.Storage.Embedded;
using GraphPlan.Testing;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphPlan.GraphQL.Tests;

/// <summary>
/// The filter, aggregate and growth operations of schema/queries/analysts, run against the curated plan under the
/// API's default complexity budget; the answers are checked against LINQ over the seed written from the definitions.
/// </summary>
public sealed class AnalystFilterQueryTests : IClassFixture<AnalystFilterQueryTests.BudgetedHost>
{
    private static readonly Lazy<GraphData> _seed = new(() => SeedLoader.Load(RepositoryPaths.Seed).Graph);
    private readonly BudgetedHost _host;

    public AnalystFilterQueryTests(BudgetedHost host) => _host = host;

    private static GraphData Seed => _seed.Value;

    private static string Folder => Path.Combine(RepositoryPaths.Schema, "queries", "analysts");

    public static TheoryData<string> Operations() =>
        new(Directory.EnumerateFiles(Folder, "*.graphql")
            .Select(Path.GetFileName)
            .Where(f => f!.StartsWith("filter-", StringComparison.Ordinal) || f.StartsWith("aggregate-", StringComparison.Ordinal) || f.StartsWith("growth-", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)!);

    [Fact]
    public void There_are_at_least_fifteen_filter_aggregate_and_growth_operations() => Assert.True(Operations().Count >= 15);

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Every_operation_answers_under_the_default_budget_with_a_non_empty_answer(string file)
    {
        var data = await RunAsync(file);

        foreach (var field in data.EnumerateObject())
        {
            var value = field.Value;
            var items = value.ValueKind == JsonValueKind.Array ? value.GetArrayLength() : value.GetProperty("totalCount").GetInt32();
            Assert.True(items > 0, $"{file}: {field.Name} is empty");
        }
    }

    [Fact]
    public async Task Projects_hosted_on_no_platform_are_exactly_those_without_a_HOSTED_ON()
    {
        var hosted = Seed.Relationships.Where(r => r.Kind == RelationshipKind.HostedOn).Select(r => r.From).ToHashSet(StringComparer.Ordinal);
        var expected = Seed.Entities.Where(e => e.Kind == EntityKind.Project && !hosted.Contains(e.Id)).Select(e => e.Id).Order(StringComparer.Ordinal).ToList();

        var projects = (await RunAsync("filter-projects-on-no-platform.graphql")).GetProperty("projects");

        Assert.Equal(expected.Count, projects.GetProperty("totalCount").GetInt32());
        Assert.Equal(expected, Ids(projects).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("project:hydrogen-refuelling-stations", Ids(projects));
    }

    [Fact]
    public async Task The_14th_plan_has_ten_binding_indicators_and_the_13th_plan_seven_city_assigned_ones()
    {
        var fourteenth = (await RunAsync("filter-binding-14th-plan.graphql")).GetProperty("indicators");
        var thirteenth = (await RunAsync("filter-binding-13th-plan.graphql")).GetProperty("indicators");

        Assert.Equal(10, fourteenth.GetProperty("totalCount").GetInt32());
        Assert.Equal(7, thirteenth.GetProperty("totalCount").GetInt32());
        Assert.Empty(Ids(fourteenth).Intersect(Ids(thirteenth)));
        Assert.Contains("indicator:pm25-concentration", Ids(fourteenth));
        Assert.Contains("indicator:co2-intensity", Ids(thirteenth));
        var rows = fourteenth.GetProperty("nodes").EnumerateArray().Select(n => Seed.Entities.Single(e => e.Id == n.GetProperty("id").GetString()).Attribute("row")!).Select(r => int.Parse(r, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(rows.Order(), rows);
    }

    [Fact]
    public async Task Table_2_1_rows_include_the_rows_both_tables_share_in_row_order()
    {
        var expected = Seed.Entities.Where(e => e.Attribute("table")?.Split(' ').Contains("2-1") == true)
            .OrderBy(e => int.Parse(e.Attribute("row")!, System.Globalization.CultureInfo.InvariantCulture)).Select(e => e.Id).ToList();

        var indicators = (await RunAsync("filter-table-2-1-rows.graphql")).GetProperty("indicators");

        Assert.Equal(34, expected.Count);
        Assert.Equal(expected, Ids(indicators));
        Assert.Contains("indicator:gdp", Ids(indicators));
    }

    [Fact]
    public async Task Indicators_with_a_2025_target_of_at_least_100_yi_come_largest_first()
    {
        var expected = Seed.Entities
            .Select(e => (e.Id, e.Kind, Value: e.Values.FirstOrDefault(v => v.Year == 2025 && v.Role == ValueRole.Target && v.Unit == "亿元" && v.Value >= 100)?.Value))
            .Where(x => x.Kind == EntityKind.Indicator && x.Value is not null)
            .ToList();

        var indicators = (await RunAsync("filter-targets-2025-at-least-100-yi.graphql")).GetProperty("indicators");

        Assert.Equal(expected.Count, indicators.GetProperty("totalCount").GetInt32());
        Assert.Equal("indicator:industrial-output-above-scale", Ids(indicators)[0]);
        Assert.Equal(["indicator:industrial-output-above-scale", "indicator:green-chemical-output"], Ids(indicators).Take(2));
        Assert.Contains("indicator:hydrogen-output", Ids(indicators));
    }

    [Fact]
    public async Task Indicators_without_a_target_are_those_no_MEASURED_BY_points_at()
    {
        var measured = Seed.Relationships.Where(r => r.Kind == RelationshipKind.MeasuredBy).Select(r => r.To).ToHashSet(StringComparer.Ordinal);
        var expected = Seed.Entities.Count(e => e.Kind == EntityKind.Indicator && !measured.Contains(e.Id));

        var indicators = (await RunAsync("filter-indicators-without-target.graphql")).GetProperty("indicators");

        Assert.Equal(expected, indicators.GetProperty("totalCount").GetInt32());
        Assert.DoesNotContain("indicator:hydrogen-output", Ids(indicators));
    }

    [Fact]
    public async Task The_core_industries_2025_output_targets_add_up_beside_the_total_industrial_output_target()
    {
        var data = await RunAsync("aggregate-core-industry-output-vs-total.graphql");

        var core = Assert.Single(data.GetProperty("coreIndustries").EnumerateArray());
        Assert.Equal("亿元", core.GetProperty("unit").GetString());
        Assert.Equal(3, core.GetProperty("count").GetInt32());
        Assert.Equal(100 + 100 + 1000, core.GetProperty("sum").GetDecimal());
        Assert.Equal(100, core.GetProperty("min").GetDecimal());
        Assert.Equal(1000, core.GetProperty("max").GetDecimal());
        Assert.Equal(400, core.GetProperty("average").GetDecimal());
        Assert.Equal(1200, Assert.Single(data.GetProperty("allIndustry").EnumerateArray()).GetProperty("sum").GetDecimal());
    }

    [Fact]
    public async Task Projects_by_platform_count_each_hosting_and_the_projects_on_none()
    {
        var groups = (await RunAsync("aggregate-projects-by-platform.graphql")).GetProperty("counts").EnumerateArray().ToList();
        var projects = Seed.Entities.Where(e => e.Kind == EntityKind.Project).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var platforms = Seed.Entities.Where(e => e.Kind == EntityKind.Platform).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var hosting = Seed.Relationships.Where(r => r.Kind == RelationshipKind.HostedOn && projects.Contains(r.From) && platforms.Contains(r.To)).ToList();
        var expected = hosting.GroupBy(r => r.To).ToDictionary(g => g.Key, g => g.Select(r => r.From).Distinct().Count());

        var none = groups[^1];
        Assert.Equal(JsonValueKind.Null, none.GetProperty("key").ValueKind);
        Assert.Equal(projects.Count - hosting.Select(r => r.From).Distinct().Count(), none.GetProperty("count").GetInt32());
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), groups.SkipLast(1).ToDictionary(g => g.GetProperty("key").GetString()!, g => g.GetProperty("count").GetInt32()).OrderBy(p => p.Key, StringComparer.Ordinal));
        var counts = groups.SkipLast(1).Select(g => g.GetProperty("count").GetInt32()).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
    }

    [Fact]
    public async Task Relationships_by_kind_and_basis_match_the_seed_counted_by_hand()
    {
        var data = await RunAsync("aggregate-relationships-by-kind-and-basis.graphql");

        var byKind = data.GetProperty("byKind").EnumerateArray().ToDictionary(g => g.GetProperty("key").GetString()!, g => g.GetProperty("count").GetInt32());
        var byBasis = data.GetProperty("byBasis").EnumerateArray().ToDictionary(g => g.GetProperty("key").GetString() ?? "none", g => g.GetProperty("count").GetInt32());
        Assert.Equal(Seed.Relationships.GroupBy(r => GraphNames.Of(r.Kind)).ToDictionary(g => g.Key, g => g.Count()).OrderBy(p => p.Key), byKind.OrderBy(p => p.Key));
        Assert.Equal(
            Seed.Relationships.GroupBy(r => r.Provenance.Count == 0 ? "none" : GraphNames.Of(r.Provenance.Min(p => p.Basis))).ToDictionary(g => g.Key, g => g.Count()).OrderBy(p => p.Key),
            byBasis.OrderBy(p => p.Key));
        Assert.Equal(Seed.Relationships.Count, byBasis.Values.Sum());
    }

    [Fact]
    public async Task The_most_connected_platforms_are_ranked_by_their_relationship_count()
    {
        var degree = Seed.Entities.Where(e => e.Kind == EntityKind.Platform)
            .Select(e => (e.Id, Degree: Seed.Relationships.Count(r => r.From == e.Id || r.To == e.Id)))
            .OrderByDescending(x => x.Degree).ThenBy(x => x.Id, StringComparer.Ordinal).Take(5).ToList();

        var ranked = (await RunAsync("aggregate-most-connected-platforms.graphql")).GetProperty("degreeRanking").EnumerateArray()
            .Select(r => (r.GetProperty("entity").GetProperty("id").GetString()!, r.GetProperty("degree").GetInt32())).ToList();

        Assert.Equal(degree, ranked);
    }

    [Fact]
    public async Task Indicators_by_table_count_a_shared_row_in_both_tables()
    {
        var data = await RunAsync("aggregate-indicators-by-table.graphql");

        var byTable = data.GetProperty("byTable").EnumerateArray().ToDictionary(g => g.GetProperty("key").GetString()!, g => g.GetProperty("count").GetInt32());
        Assert.Equal(20, byTable["1-1"]);
        Assert.Equal(34, byTable["2-1"]);
        Assert.Equal(Seed.Entities.Count(e => e.Attribute("table") == "prose"), byTable["prose"]);
        Assert.Equal(10, data.GetProperty("bindingByCategory").EnumerateArray().Sum(g => g.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task Growth_from_2020_to_2025_is_the_compound_rate_the_target_implies()
    {
        var nodes = (await RunAsync("growth-2020-to-2025.graphql")).GetProperty("indicators").GetProperty("nodes").EnumerateArray().ToList();

        var gdp = Assert.Single(nodes, n => n.GetProperty("id").GetString() == "indicator:gdp").GetProperty("growth");
        Assert.Equal(Math.Round((Math.Pow(300.0 / 182.0, 1.0 / 5) - 1) * 100, 4), gdp.GetProperty("implied").GetDouble(), 4);
        Assert.Equal(JsonValueKind.Null, gdp.GetProperty("printed").ValueKind);
        var output = Assert.Single(nodes, n => n.GetProperty("id").GetString() == "indicator:industrial-output-above-scale").GetProperty("growth");
        Assert.Equal(Math.Round((Math.Pow(1200.0 / 718.0, 0.2) - 1) * 100, 4), output.GetProperty("implied").GetDouble(), 4);
    }

    [Fact]
    public async Task The_13th_plan_printed_growth_is_flagged_where_the_figures_imply_another_rate()
    {
        var nodes = (await RunAsync("growth-13th-plan-printed-vs-implied.graphql")).GetProperty("indicators").GetProperty("nodes").EnumerateArray()
            .Where(n => n.GetProperty("growth").ValueKind != JsonValueKind.Null)
            .ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty("growth"));

        // GDP: 125.98 → 182.0 over five years is 7.64% a year; the table prints 7.8.
        Assert.Equal(7.8, nodes["indicator:gdp"].GetProperty("printed").GetDouble());
        Assert.Equal((Math.Pow(182.0 / 125.98, 0.2) - 1) * 100, nodes["indicator:gdp"].GetProperty("implied").GetDouble(), 3);
        Assert.False(nodes["indicator:gdp"].GetProperty("agrees").GetBoolean());
        // R&D share: 2.70 → 3.2 is 3.46% a year; the table prints 3.5.
        Assert.True(nodes["indicator:rd-expenditure-ratio"].GetProperty("agrees").GetBoolean());
        foreach (var (id, growth) in nodes)
        {
            var expected = Math.Abs(growth.GetProperty("implied").GetDouble() - growth.GetProperty("printed").GetDouble()) <= (double)Growth.Tolerance + 1e-9;
            Assert.True(expected == growth.GetProperty("agrees").GetBoolean(), id);
        }
    }

    private static List<string> Ids(JsonElement connection) =>
        connection.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).ToList();

    private async Task<JsonElement> RunAsync(string file) => JsonAssert.Data(await _host.ExecuteAsync(File.ReadAllText(Path.Combine(Folder, file))));

    /// <summary>The curated plan in the embedded store, behind the API's default complexity budget.</summary>
    public sealed class BudgetedHost : IDisposable
    {
        private readonly string _folder = Path.Combine(Path.GetTempPath(), "graphplan-graphql-tests", Guid.NewGuid().ToString("N"));
        private readonly EmbeddedGraphStore _store;
        private readonly ServiceProvider _services;

        public BudgetedHost()
        {
            _store = new EmbeddedGraphStore(new EmbeddedStoreOptions { Path = Path.Combine(_folder, "graph.db") });
            _store.ImportAsync(Seed).GetAwaiter().GetResult();
            var services = new ServiceCollection().AddSingleton<IGraphStore>(_store).AddGraphPlanGraphQL();
            services.Configure<GraphQLLimitsOptions>(o => o.MaxComplexity = GraphQLLimitsOptions.RecommendedMaxComplexity);
            _services = services.BuildServiceProvider();
        }

        public async Task<JsonElement> ExecuteAsync(string query)
        {
            using var scope = _services.CreateScope();
            var result = await scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>().ExecuteAsync(new ExecutionOptions { Query = query, RequestServices = scope.ServiceProvider });
            return JsonDocument.Parse(scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>().Serialize(result)).RootElement.Clone();
        }

        public void Dispose()
        {
            _services.Dispose();
            _store.Dispose();
            TemporaryFolder.Delete(_folder);
        }
    }
}
