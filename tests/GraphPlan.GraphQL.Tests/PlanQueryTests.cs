using GraphPlan.Core.Seed;
using GraphPlan.Testing;

namespace GraphPlan.GraphQL.Tests;

/// <summary>The example operations in schema/queries, run against the curated plan: they answer the analysts' questions.</summary>
public sealed class PlanQueryTests : IClassFixture<PlanQueryTests.PlanHost>
{
    private readonly GraphQLTestHost _host;

    public PlanQueryTests(PlanHost plan) => _host = plan.Host;

    public static TheoryData<string> ExampleOperations() =>
        new(Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Schema, "queries"), "*.graphql").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(ExampleOperations))]
    public async Task Every_example_operation_runs_without_errors(string file)
    {
        var query = File.ReadAllText(Path.Combine(RepositoryPaths.Schema, "queries", file));

        var data = JsonAssert.Data(await _host.ExecuteAsync(query, new() { ["text"] = "氢能" }));

        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, data.EnumerateObject().First().Value.ValueKind);
    }

    [Fact]
    public async Task The_hydrogen_target_is_supported_by_the_hydrogen_projects_and_the_pilot_zone()
    {
        var data = JsonAssert.Data(await _host.ExecuteAsync(Example("hydrogen-supporters.graphql")));

        var supporters = data.GetProperty("node").GetProperty("supporters").GetProperty("nodes").EnumerateArray()
            .Select(n => n.GetProperty("entity").GetProperty("id").GetString()).ToList();
        Assert.Contains("project:hydrogen-purification", supporters);
        Assert.Contains("project:hydrogen-equipment-manufacturing", supporters);
        Assert.Contains("project:hydrogen-refuelling-stations", supporters);
        Assert.Contains("project:hydrogen-application", supporters);
        Assert.Contains("project:commercial-liquid-hydrogen-plant", supporters);
        Assert.Contains("platform:yangtze-delta-hydrogen-pilot-zone", supporters);
        Assert.DoesNotContain("project:landspace-jiaxing-centre", supporters);
    }

    [Theory]
    [InlineData("target:hydrogen-output-2025", "project:hydrogen-refuelling-stations")]
    [InlineData("target:aerospace-output-2025", "project:landspace-jiaxing-centre")]
    [InlineData("target:green-chemical-output-2025", "project:sanjiang-jiahua-eo-eg-park")]
    public async Task Every_hop_of_a_core_industry_supporter_path_shows_its_sentence_or_its_reasoning(string target, string project)
    {
        var data = JsonAssert.Data(await _host.ExecuteAsync($$"""
            { node(id: "{{target}}") { ... on Target { supporters(maxDepth: 3, kinds: [PROJECT, PLATFORM]) {
                nodes { entity { id } path { edgeId provenance { quote basis } reasoning } } } } } }
            """));

        var nodes = data.GetProperty("node").GetProperty("supporters").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Contains(nodes, n => n.GetProperty("entity").GetProperty("id").GetString() == project);
        Assert.All(nodes.SelectMany(n => n.GetProperty("path").EnumerateArray()), hop =>
        {
            var quotes = hop.GetProperty("provenance").EnumerateArray().ToList();
            Assert.NotEmpty(quotes);
            if (quotes.All(q => q.GetProperty("basis").GetString() == "INFERRED"))
            {
                Assert.False(string.IsNullOrWhiteSpace(hop.GetProperty("reasoning").GetString()), hop.GetProperty("edgeId").GetString());
            }
        });
    }

    [Fact]
    public async Task Container_throughput_has_its_baseline_actual_and_targets_and_met_its_2020_target()
    {
        var node = JsonAssert.Data(await _host.ExecuteAsync(Example("container-throughput.graphql"))).GetProperty("node");

        var values = node.GetProperty("values").EnumerateArray().ToDictionary(v => (v.GetProperty("year").GetInt32(), v.GetProperty("role").GetString()), v => v.GetProperty("value").GetDouble());
        Assert.Equal("万标箱", node.GetProperty("unit").GetString());
        Assert.Equal(106.14, values[(2015, "BASELINE")]);
        Assert.Equal(176, values[(2020, "ACTUAL")]);
        Assert.Equal(123, values[(2020, "TARGET")]);
        Assert.Equal(400, values[(2025, "TARGET")]);
        Assert.Equal("MET", node.GetProperty("review").GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_aerospace_projects_are_hosted_on_the_aerospace_park()
    {
        var projects = JsonAssert.Data(await _host.ExecuteAsync(Example("aerospace-platforms.graphql"))).GetProperty("node").GetProperty("projects").EnumerateArray().ToList();

        var landspace = projects.Single(p => p.GetProperty("id").GetString() == "project:landspace-jiaxing-centre");
        Assert.Contains("platform:lingang-modern-equipment-aerospace-park", JsonAssert.Strings(landspace.GetProperty("platforms"), "id"));
    }

    [Fact]
    public async Task The_service_sector_is_among_the_13th_plan_indicators_that_missed_their_2020_target()
    {
        var reviews = JsonAssert.Data(await _host.ExecuteAsync(Example("missed-13th-plan-targets.graphql"))).GetProperty("indicatorReviews").EnumerateArray().ToList();

        Assert.All(reviews, r => Assert.Equal("MISSED", r.GetProperty("status").GetString()));
        Assert.Contains(reviews, r => r.GetProperty("indicator").GetProperty("id").GetString() == "indicator:service-sector-value-added");
        Assert.DoesNotContain(reviews, r => r.GetProperty("indicator").GetProperty("id").GetString() == "indicator:container-throughput");
    }

    [Fact]
    public async Task Binding_indicators_are_all_marked_binding_and_include_the_good_air_days_ratio()
    {
        var list = JsonAssert.Data(await _host.ExecuteAsync("""
            { indicators(attributes: [{key: "attribute", value: "binding"}], first: 100) { totalCount nodes { id name ... on Indicator { attribute } } } }
            """)).GetProperty("indicators");

        Assert.True(list.GetProperty("totalCount").GetInt32() >= 10);
        Assert.All(list.GetProperty("nodes").EnumerateArray(), n => Assert.Equal("binding", n.GetProperty("attribute").GetString()));
        Assert.Contains(list.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("name").GetString()!.Contains("空气质量优良天数", StringComparison.Ordinal));
    }

    private static string Example(string file) => File.ReadAllText(Path.Combine(RepositoryPaths.Schema, "queries", file));

    /// <summary>One store with the curated seed for the whole class.</summary>
    public sealed class PlanHost : IDisposable
    {
        public GraphQLTestHost Host { get; } = new(SeedLoader.Load(RepositoryPaths.Seed).Graph);

        public void Dispose() => Host.Dispose();
    }
}
