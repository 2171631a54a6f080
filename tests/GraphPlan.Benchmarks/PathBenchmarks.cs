using BenchmarkDotNet.Attributes;
using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;

namespace GraphPlan.Benchmarks;

/// <summary>Paths between a project and a target, impact of a project, and evidence-filtered supporters, at each graph size.</summary>
[MemoryDiagnoser]
public class PathBenchmarks
{
    private BenchmarkGraph _graph = null!;

    [ParamsSource(nameof(Sizes))]
    public string Size { get; set; } = "seed";

    public static IEnumerable<string> Sizes => BenchmarkGraph.Sizes;

    [GlobalSetup]
    public void Setup() => _graph = BenchmarkGraph.Of(Size);

    /// <summary>Every shortest path of at most 6 hops, any relationship, either way.</summary>
    [Benchmark]
    public Task<TraversalResult> ShortestPaths() => _graph.Store.FindPathsAsync(new PathRequest(_graph.Project, _graph.Target, 6));

    /// <summary>Every simple path of at most 4 hops (up to 50).</summary>
    [Benchmark]
    public Task<TraversalResult> AllSimplePaths4() => _graph.Store.FindPathsAsync(new PathRequest(_graph.Project, _graph.Target, 4) { Mode = PathMode.AllSimple, MaxPaths = 50 });

    [Benchmark]
    public Task<TraversalResult> ImpactDepth4() => _graph.Store.TraverseAsync(ImpactTraversal.For(_graph.Project, 4));

    [Benchmark]
    public Task<TraversalResult> StatedSupportersDepth3() => _graph.Store.TraverseAsync(SupportTraversal.For(_graph.Target, 3) with { MinBasis = Basis.Stated });
}
