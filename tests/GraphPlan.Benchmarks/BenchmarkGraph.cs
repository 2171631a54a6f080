using GraphPlan.Core.Graph;
using GraphPlan.Core.Search;
using GraphPlan.Core.Seed;
using GraphPlan.Core.Store;
using GraphPlan.Generation;
using GraphPlan.GraphQL;
using GraphPlan.Search;
using GraphPlan.Storage.Embedded;
using Microsoft.Extensions.DependencyInjection;

namespace GraphPlan.Benchmarks;

/// <summary>
/// A graph of one size in an embedded store, with the GraphQL services over it and the ids the benchmarks ask about.
/// One per process at a time: benchmarks run in process, and a new size disposes the previous one.
/// </summary>
public sealed class BenchmarkGraph : IDisposable
{
    /// <summary>Sizes run when GRAPHPLAN_BENCH_SIZES is not set: "seed" is the curated plan, the others generated.</summary>
    public const string DefaultSizes = "seed,1k,10k,100k";

    private static readonly Lock _gate = new();
    private static BenchmarkGraph? _current;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "graphplan-bench", Guid.NewGuid().ToString("N"));

    private BenchmarkGraph(string size)
    {
        Size = size;
        var graph = size == "seed" ? SeedLoader.Load(Path.Combine(RepositoryRoot, "seed")).Graph : PlanGraphGenerator.Generate(Entities(size), seed: 1);
        Store = new EmbeddedGraphStore(new EmbeddedStoreOptions { Path = Path.Combine(_folder, "graph.db") });
        Store.ImportAsync(graph).GetAwaiter().GetResult();
        Passages = new LucenePassageIndex(Path.Combine(RepositoryRoot, "seed", "source", "jiaxing-port-14th-five-year-plan.txt"), Store);
        Services = new ServiceCollection()
            .AddSingleton<IGraphStore>(Store)
            .AddSingleton<ISearchIndex>(Store)
            .AddSingleton<IPassageIndex>(Passages)
            .AddGraphPlanGraphQL()
            .BuildServiceProvider();
        var generated = size != "seed";
        Industry = generated ? PlanGraphGenerator.HubIndustry(0) : "industry:hydrogen";
        Target = generated ? PlanGraphGenerator.HubTarget(0) : "target:hydrogen-output-2025";
        Entity = generated ? PlanGraphGenerator.SampleIndicator(0) : "indicator:container-throughput";
        Project = generated ? PlanGraphGenerator.IdOf(EntityKind.Project, 0, "0") : "project:commercial-liquid-hydrogen-plant";
    }

    public static IEnumerable<string> Sizes => (Environment.GetEnvironmentVariable("GRAPHPLAN_BENCH_SIZES") is { Length: > 0 } sizes ? sizes : DefaultSizes)
        .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string RepositoryRoot { get; } = FindRoot();

    public string Size { get; }

    public EmbeddedGraphStore Store { get; }

    public ServiceProvider Services { get; }

    public LucenePassageIndex Passages { get; }

    /// <summary>An industry hub: the busiest industry of the first plan (generated) or hydrogen (seed).</summary>
    public string Industry { get; }

    /// <summary>A target with supporters: the hub industry's target (generated) or the hydrogen output target (seed).</summary>
    public string Target { get; }

    /// <summary>An indicator with values, looked up by id.</summary>
    public string Entity { get; }

    /// <summary>A project that supports the target, for paths and impact.</summary>
    public string Project { get; }

    public static BenchmarkGraph Of(string size)
    {
        lock (_gate)
        {
            if (_current?.Size != size)
            {
                _current?.Dispose();
                _current = null;
                GC.Collect();
                _current = new BenchmarkGraph(size);
            }

            return _current;
        }
    }

    public static int Entities(string size) => size.ToLowerInvariant() switch
    {
        var s when s.EndsWith('k') => int.Parse(s[..^1], System.Globalization.CultureInfo.InvariantCulture) * 1000,
        var s when s.EndsWith('m') => int.Parse(s[..^1], System.Globalization.CultureInfo.InvariantCulture) * 1_000_000,
        var s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The example operation's text with the seed's ids replaced by the generated graph's equivalents.</summary>
    public string Operation(string text) => Size == "seed"
        ? text
        : text.Replace("target:hydrogen-output-2025", Target, StringComparison.Ordinal)
            .Replace("industry:aerospace-high-end-equipment", Industry, StringComparison.Ordinal)
            .Replace("indicator:container-throughput", Entity, StringComparison.Ordinal)
            .Replace("project:landspace-jiaxing-centre", PlanGraphGenerator.IdOf(Core.Graph.EntityKind.Project, 0, "0"), StringComparison.Ordinal);

    public void Dispose()
    {
        Services.Dispose();
        Passages.Dispose();
        Store.Dispose();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "GraphPlan.sln")))
            {
                return directory.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
