using System.Text.Json;
using System.Xml.Linq;
using GraphPlan.Core.Seed;
using GraphPlan.Storage.Neo4j;
using GraphPlan.Testing;

namespace GraphPlan.Cli.Tests;

/// <summary><c>export</c> in each format, from the seed or an embedded store, and its refusals.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private static readonly SeedSet _seed = SeedLoader.Load(RepositoryPaths.Seed);

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("graphplan-cli-tests");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Json_goes_to_standard_output_with_every_node_and_edge()
    {
        var run = await CliRun.RunAsync("export", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.Equal(_seed.Graph.Entities.Count, json.RootElement.GetProperty("nodes").GetArrayLength());
        Assert.Equal(_seed.Graph.Relationships.Count, json.RootElement.GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public async Task Graphml_is_written_to_the_output_file_as_xml()
    {
        var file = Path.Combine(_folder.FullName, "plan.graphml");

        var run = await CliRun.RunAsync("export", "-f", "graphml", "-o", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stdout);
        var root = XDocument.Load(file).Root!;
        Assert.Equal("graphml", root.Name.LocalName);
        Assert.Equal(_seed.Graph.Entities.Count, root.Descendants(root.Name.Namespace + "node").Count());
    }

    [Fact]
    public async Task Cypher_is_the_script_users_load_with_cypher_shell()
    {
        var run = await CliRun.RunAsync("export", "--format", "cypher");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(CypherScriptWriter.Write(_seed.Graph), run.Stdout);
    }

    [Fact]
    public async Task A_store_that_was_imported_exports_the_same_graph()
    {
        var database = Path.Combine(_folder.FullName, "graph.db");
        Assert.Equal(0, (await CliRun.RunAsync("import", "--database", database)).ExitCode);

        var fromStore = await CliRun.RunAsync("export", "--database", database);
        var fromSeed = await CliRun.RunAsync("export");

        Assert.Equal(0, fromStore.ExitCode);
        using var store = JsonDocument.Parse(fromStore.Stdout);
        using var seed = JsonDocument.Parse(fromSeed.Stdout);
        Assert.Equal(Ids(seed, "nodes"), Ids(store, "nodes"));
        Assert.Equal(seed.RootElement.GetProperty("edges").GetArrayLength(), store.RootElement.GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public async Task A_missing_store_is_named_and_exits_1()
    {
        var missing = Path.Combine(_folder.FullName, "missing.db");

        var run = await CliRun.RunAsync("export", "--database", missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"no store at {missing}\n", run.Stderr);
        Assert.False(File.Exists(missing), "exporting must not create a store");
    }

    [Fact]
    public async Task An_unknown_format_is_refused_before_anything_is_read()
    {
        var run = await CliRun.RunAsync("export", "--format", "yaml");

        Assert.NotEqual(0, run.ExitCode);
        Assert.StartsWith("Argument 'yaml' not recognized. Must be one of:", run.Stderr, StringComparison.Ordinal);
        Assert.StartsWith("Description:", run.Stdout, StringComparison.Ordinal);
    }

    private static List<string> Ids(JsonDocument graph, string property) =>
        graph.RootElement.GetProperty(property).EnumerateArray().Select(n => n.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToList();
}
