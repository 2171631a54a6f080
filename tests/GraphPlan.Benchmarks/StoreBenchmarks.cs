using BenchmarkDotNet.Attributes;
using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;

namespace GraphPlan.Benchmarks;

/// <summary>The store calls behind the API's query shapes, at each graph size.</summary>
[MemoryDiagnoser]
public class StoreBenchmarks
{
    private static readonly EntityQuery _bindingIndicators = new()
    {
        Kinds = [EntityKind.Indicator],
        Attributes = new Dictionary<string, string> { ["attribute"] = "binding" },
        OrderBy = EntityOrder.Name,
        Limit = 50,
    };

    private BenchmarkGraph _graph = null!;

    [ParamsSource(nameof(Sizes))]
    public string Size { get; set; } = "seed";

    public static IEnumerable<string> Sizes => BenchmarkGraph.Sizes;

    [GlobalSetup]
    public void Setup() => _graph = BenchmarkGraph.Of(Size);

    [Benchmark]
    public Task<IReadOnlyList<Entity?>> EntityById() => _graph.Store.GetEntitiesAsync([_graph.Entity]);

    /// <summary>Every relationship of an industry hub, both ways (the hub is the worst case for one hop).</summary>
    [Benchmark]
    public Task<IReadOnlyList<IReadOnlyList<RelatedEntity>>> OneHopOfHub() => _graph.Store.GetRelatedAsync([_graph.Industry], new RelationFilter());

    /// <summary>The projects of an industry hub (one kind, one direction).</summary>
    [Benchmark]
    public Task<IReadOnlyList<IReadOnlyList<RelatedEntity>>> ProjectsOfHub() =>
        _graph.Store.GetRelatedAsync([_graph.Industry], new RelationFilter(Direction.Incoming) { Kinds = [RelationshipKind.BelongsToIndustry], OtherKinds = [EntityKind.Project] });

    [Benchmark]
    public Task<TraversalResult> SupportersDepth3() => _graph.Store.TraverseAsync(SupportTraversal.For(_graph.Target, 3));

    [Benchmark]
    public Task<Subgraph> NeighborhoodDepth2() => _graph.Store.GetNeighborhoodAsync(new NeighborhoodRequest(_graph.Industry, 2));

    [Benchmark]
    public Task<EntityPage> BindingIndicatorsPage() => _graph.Store.FindEntitiesAsync(_bindingIndicators);

    /// <summary>Every indicator with a 2020 target, in pages of 5000 as <c>indicatorReviews</c> reads them; returns how many.</summary>
    [Benchmark]
    public async Task<int> IndicatorTargetsOfYear()
    {
        var count = 0;
        for (var offset = 0; ; offset += 5000)
        {
            var page = await _graph.Store.FindEntitiesAsync(new EntityQuery { Kinds = [EntityKind.Indicator], Where = new ValueFilter { Year = 2020, Role = ValueRole.Target }, Offset = offset, Limit = 5000 }).ConfigureAwait(false);
            count += page.Items.Count;
            if (offset + 5000 >= page.TotalCount)
            {
                return count;
            }
        }
    }

    /// <summary>A text search: a scan of every entity (no text index), so it grows with the graph.</summary>
    [Benchmark]
    public Task<EntityPage> SearchAllKinds() => _graph.Store.FindEntitiesAsync(new EntityQuery { Search = "hydrogen", OrderBy = EntityOrder.Kind, Limit = 10 });
}
