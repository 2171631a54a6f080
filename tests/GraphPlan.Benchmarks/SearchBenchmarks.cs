using BenchmarkDotNet.Attributes;
using GraphPlan.Core.Graph;
using GraphPlan.Core.Search;
using GraphPlan.Search;

namespace GraphPlan.Benchmarks;

/// <summary>
/// The full-text index: building it from the whole graph (time and allocation), and searches on it, reported with
/// the median (p50) and p95 of the iterations. Queries are the plan's words; on generated graphs, whose names are
/// built from the plan's vocabulary, the same words match.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(PercentileConfig))]
public class SearchBenchmarks
{
    private BenchmarkGraph _graph = null!;
    private List<Entity> _entities = null!;

    [ParamsSource(nameof(Sizes))]
    public string Size { get; set; } = "seed";

    public static IEnumerable<string> Sizes => BenchmarkGraph.Sizes;

    [GlobalSetup]
    public void Setup()
    {
        _graph = BenchmarkGraph.Of(Size);
        _entities = [.. _graph.Store.ExportAsync().GetAwaiter().GetResult().Entities];
        _graph.Store.SearchAsync(new SearchRequest("氢")).GetAwaiter().GetResult();
    }

    /// <summary>Every entity analysed and indexed (SmartCn words, Han pairs, English stems, quotes), then opened for search.</summary>
    [Benchmark]
    public int BuildIndex()
    {
        using var index = new LuceneEntityIndex();
        foreach (var entity in _entities)
        {
            index.Put(entity);
        }

        index.Refresh();
        return _entities.Count;
    }

    /// <summary>A two-character Chinese term found in many names (a page of 10 of many hits).</summary>
    [Benchmark]
    public Task<SearchResults> SearchChineseWord() => _graph.Store.SearchAsync(new SearchRequest("氢能"));

    /// <summary>A longer Chinese name: four pairs that must all match.</summary>
    [Benchmark]
    public Task<SearchResults> SearchChineseName() => _graph.Store.SearchAsync(new SearchRequest("长三角氢能产业基地"));

    [Benchmark]
    public Task<SearchResults> SearchEnglish() => _graph.Store.SearchAsync(new SearchRequest("liquid hydrogen"));

    /// <summary>A misspelling: the strict query finds nothing, the near query runs too.</summary>
    [Benchmark]
    public Task<SearchResults> SearchMisspelled() => _graph.Store.SearchAsync(new SearchRequest("hydrogne energy"));

    [Benchmark]
    public Task<IReadOnlyList<Passage>> Passages() => _graph.Passages.FindAsync("液氢", 10);
}
