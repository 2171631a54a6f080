using System.Text.Json;
using GraphPlan.Core.Seed;
using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Limits;
using GraphPlan.Testing;

namespace GraphPlan.GraphQL.Tests;

/// <summary>
/// The analysts' operations of schema/queries/analysts run against the curated plan under the API's default limits
/// (complexity budget 5,000): each answers without errors and reports its cost; a few answers are checked in detail.
/// </summary>
public sealed class AnalystQueryTests : IClassFixture<AnalystQueryTests.BudgetedPlanHost>
{
    private static readonly string _folder = Path.Combine(RepositoryPaths.Schema, "queries", "analysts");
    private readonly GraphQLTestHost _host;
    private readonly GraphData _graph;

    public AnalystQueryTests(BudgetedPlanHost plan)
    {
        _host = plan.Host;
        _graph = plan.Graph;
    }

    public static TheoryData<string> AnalystOperations() =>
        new(Directory.EnumerateFiles(_folder, "*.graphql").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Fact]
    public void There_are_at_least_fifteen_analyst_operations() => Assert.True(AnalystOperations().Count >= 15);

    [Theory]
    [MemberData(nameof(AnalystOperations))]
    public async Task Every_analyst_operation_answers_under_the_default_budget(string file)
    {
        var response = await _host.ExecuteAsync(File.ReadAllText(Path.Combine(_folder, file)));

        var data = JsonAssert.Data(response);
        Assert.NotEqual(JsonValueKind.Null, data.EnumerateObject().First().Value.ValueKind);
        var cost = response.GetProperty("extensions").GetProperty("cost");
        Assert.Equal(GraphQLLimitsOptions.RecommendedMaxComplexity, cost.GetProperty("budget").GetInt32());
        Assert.InRange(cost.GetProperty("estimated").GetDouble(), 1, GraphQLLimitsOptions.RecommendedMaxComplexity);
        Assert.True(cost.GetProperty("actual").GetDouble() >= 1);
    }

    [Fact]
    public async Task The_institute_reaches_the_hydrogen_output_target_along_the_shortest_paths_a_plain_search_finds()
    {
        var data = JsonAssert.Data(await _host.ExecuteAsync(Read("paths-institute-to-hydrogen.graphql")));

        var paths = data.GetProperty("paths").GetProperty("nodes").EnumerateArray().ToList();
        var expected = ReferencePaths.Find(_graph, new PathRequest("organization:tsinghua-yangtze-delta-institute", "target:hydrogen-output-2025", 6));
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, paths.Count);
        Assert.Equal(expected[0].Split(" / ").Length, paths[0].GetProperty("length").GetInt32());
        foreach (var path in paths)
        {
            var steps = path.GetProperty("steps").EnumerateArray().ToList();
            Assert.Equal(path.GetProperty("length").GetInt32(), steps.Count);
            Assert.Equal("target:hydrogen-output-2025", steps[^1].GetProperty("entity").GetProperty("id").GetString());
            Assert.All(steps, s => Assert.NotEqual(0, s.GetProperty("provenance").GetArrayLength()));
        }

        var described = paths.Select(p => string.Join(" / ", p.GetProperty("steps").EnumerateArray().Select(Hop(p)))).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, described);
    }

    [Fact]
    public async Task The_liquid_hydrogen_plant_contributes_to_the_hydrogen_output_target_and_a_goal()
    {
        var data = JsonAssert.Data(await _host.ExecuteAsync(Read("impact-hydrogen-project.graphql")));

        var nodes = data.GetProperty("node").GetProperty("impact").GetProperty("nodes").EnumerateArray().ToList();
        var target = nodes.Single(n => n.GetProperty("entity").GetProperty("id").GetString() == "target:hydrogen-output-2025");
        Assert.Equal("TARGET", target.GetProperty("entity").GetProperty("kind").GetString());
        Assert.Equal(target.GetProperty("depth").GetInt32(), target.GetProperty("path").GetArrayLength());
        Assert.Contains(nodes, n => n.GetProperty("entity").GetProperty("kind").GetString() == "GOAL");
        Assert.Contains(nodes, n => n.GetProperty("entity").GetProperty("id").GetString() == "industry:hydrogen");
    }

    [Fact]
    public async Task Stated_only_supporters_are_fewer_and_every_hop_of_their_paths_is_stated()
    {
        var target = JsonAssert.Data(await _host.ExecuteAsync(Read("supporters-stated-only.graphql"))).GetProperty("node");

        var stated = target.GetProperty("stated");
        Assert.True(stated.GetProperty("totalCount").GetInt32() < target.GetProperty("all").GetProperty("totalCount").GetInt32());
        Assert.All(stated.GetProperty("nodes").EnumerateArray().SelectMany(n => n.GetProperty("path").EnumerateArray()), s => Assert.Equal("STATED", s.GetProperty("basis").GetString()));
    }

    [Fact]
    public async Task Targets_with_their_supporters_and_supporters_with_path_provenance_fit_the_budget_which_an_attack_does_not()
    {
        var outputTargets = await _host.ExecuteAsync(Read("supporters-output-targets.graphql"));
        var attack = await _host.ExecuteAsync("{ entities(first: 100) { nodes { related { entity { related { entity { id } } } } } } }");

        var targets = JsonAssert.Data(outputTargets).GetProperty("targets").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Contains(targets, t => t.GetProperty("supporters").GetProperty("totalCount").GetInt32() > 0);
        var error = JsonAssert.Error(attack, "COMPLEXITY_LIMIT");
        var message = error.GetProperty("message").GetString()!;
        Assert.Contains("The estimated query cost is", message, StringComparison.Ordinal);
        Assert.Contains("the budget is 5000", message, StringComparison.Ordinal);
        Assert.Contains("entities.nodes.related", message, StringComparison.Ordinal);
        Assert.Contains("To fit:", message, StringComparison.Ordinal);
        var cost = error.GetProperty("extensions").GetProperty("cost");
        Assert.True(cost.GetProperty("estimated").GetDouble() > 5000);
        Assert.Equal(["entities.nodes", "entities.nodes.related"], cost.GetProperty("fields").EnumerateArray().Take(2).Select(f => f.GetProperty("path").GetString()));
        Assert.Equal(100, cost.GetProperty("fields")[0].GetProperty("assumedSize").GetDouble());
        Assert.Contains("100 items assumed from first of entities", message, StringComparison.Ordinal);
        Assert.Contains("pass a smaller `first` to entities", message, StringComparison.Ordinal);

        // entities 1 + nodes 1 + 100 × (related 1 + 20 × (entity 1 + related 1 + 20 × (entity 1 + id 1)))
        Assert.Equal(2 + (100 * (1 + (20 * (2 + (20 * 2))))), cost.GetProperty("estimated").GetDouble());
    }

    [Fact]
    public async Task The_actual_cost_counts_the_fields_answered()
    {
        var response = await _host.ExecuteAsync("""{ node(id: "target:hydrogen-output-2025") { id provenance { quote } } }""");

        var provenance = JsonAssert.Data(response).GetProperty("node").GetProperty("provenance").GetArrayLength();
        var cost = response.GetProperty("extensions").GetProperty("cost");
        Assert.Equal(1 + 1 + 1 + (2 * 1), cost.GetProperty("estimated").GetDouble());
        Assert.Equal(1 + 1 + 1 + provenance, cost.GetProperty("actual").GetDouble());
    }

    private static Func<JsonElement, string> Hop(JsonElement path) => step => $"{step.GetProperty("edgeId").GetString()} ({step.GetProperty("direction").GetString()})";

    private static string Read(string file) => File.ReadAllText(Path.Combine(_folder, file));

    /// <summary>The curated plan under the API's default complexity budget.</summary>
    public sealed class BudgetedPlanHost : IDisposable
    {
        public BudgetedPlanHost()
        {
            Graph = SeedLoader.Load(RepositoryPaths.Seed).Graph;
            Host = new GraphQLTestHost(Graph, limits => limits.MaxComplexity = GraphQLLimitsOptions.RecommendedMaxComplexity);
        }

        public GraphData Graph { get; }

        public GraphQLTestHost Host { get; }

        public void Dispose() => Host.Dispose();
    }
}
