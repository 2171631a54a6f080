using BenchmarkDotNet.Attributes;
using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;

namespace GraphPlan.Benchmarks;

/// <summary>Typed filters and aggregates on the embedded store, at each graph size (both scan the kinds they name).</summary>
[MemoryDiagnoser]
public class AnalyticsBenchmarks
{
    /// <summary>Indicators with a 2025 target of at least 100 that no target measures, largest target first: a page of 20.</summary>
    private static readonly EntityQuery _filteredIndicators = new()
    {
        Kinds = [EntityKind.Indicator],
        Where = new AllFilter(
        [
            new ValueFilter { Year = 2025, Role = ValueRole.Target, Range = new NumberRange { Gte = 100 } },
            new NotFilter(new RelatedFilter(RelationshipKind.MeasuredBy, Direction.Incoming)),
        ]),
        Sort = [new EntitySortKey(EntityOrder.Value, true) { Year = 2025, Role = ValueRole.Target }, new EntitySortKey(EntityOrder.Name)],
        Limit = 20,
    };

    private BenchmarkGraph _graph = null!;

    [ParamsSource(nameof(Sizes))]
    public string Size { get; set; } = "seed";

    public static IEnumerable<string> Sizes => BenchmarkGraph.Sizes;

    [GlobalSetup]
    public void Setup() => _graph = BenchmarkGraph.Of(Size);

    [Benchmark]
    public Task<EntityPage> FilteredSortedIndicators() => _graph.Store.FindEntitiesAsync(_filteredIndicators);

    /// <summary>Projects counted by the platform hosting them.</summary>
    [Benchmark]
    public Task<IReadOnlyList<CountGroup>> ProjectsByPlatform() => _graph.Store.CountAsync(new CountQuery(CountGrouping.Platform) { Kinds = [EntityKind.Project] });

    /// <summary>The indicators' 2025 targets summed per unit.</summary>
    [Benchmark]
    public Task<IReadOnlyList<ValueSummary>> TargetsByUnit() => _graph.Store.SummarizeValuesAsync(new ValueSummaryQuery { Kinds = [EntityKind.Indicator], Year = 2025, Role = ValueRole.Target });

    [Benchmark]
    public Task<IReadOnlyList<EntityDegree>> MostConnectedPlatforms() => _graph.Store.RankByDegreeAsync(new DegreeQuery { Kinds = [EntityKind.Platform], Limit = 5 });
}
