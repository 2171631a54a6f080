using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Options;

namespace GraphPlan.Api.Caching;

/// <summary>
/// Whole GraphQL answers in memory, keyed by <see cref="GraphQLRequestKey"/> (which holds the graph's version, so a
/// write makes every older entry unreachable; those go first when the bound is reached). Bounded by
/// <see cref="ResponseCacheOptions.MaxBytes"/>; hits, misses and evictions are counted here and on the
/// <see cref="MeterName"/> meter (dotnet-counters).
/// </summary>
public sealed class GraphQLResponseCache : IDisposable
{
    public const string MeterName = "GraphPlan.ResponseCache";

    private readonly ConcurrentDictionary<GraphQLRequestKey, CachedResponse> _entries = new();
    private readonly ConcurrentQueue<GraphQLRequestKey> _arrivals = new();
    private readonly ResponseCacheOptions _options;
    private readonly Meter _meter;
    private readonly Counter<long> _hitCounter;
    private readonly Counter<long> _missCounter;
    private readonly Counter<long> _evictionCounter;
    private long _bytes;
    private long _hits;
    private long _misses;
    private long _evictions;

    public GraphQLResponseCache(IOptions<ResponseCacheOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _meter = new Meter(MeterName);
        _hitCounter = _meter.CreateCounter<long>("graphplan.response_cache.hits", description: "GraphQL answers served from the response cache");
        _missCounter = _meter.CreateCounter<long>("graphplan.response_cache.misses", description: "Cacheable GraphQL requests that executed");
        _evictionCounter = _meter.CreateCounter<long>("graphplan.response_cache.evictions", description: "Entries dropped to stay within the memory bound");
        _meter.CreateObservableGauge("graphplan.response_cache.bytes", () => Interlocked.Read(ref _bytes), "By", "Bytes the cached answers and their keys hold");
    }

    public bool Enabled => _options.Enabled;

    public long Hits => Interlocked.Read(ref _hits);

    public long Misses => Interlocked.Read(ref _misses);

    public long Evictions => Interlocked.Read(ref _evictions);

    public int Count => _entries.Count;

    public long Bytes => Interlocked.Read(ref _bytes);

    public bool TryGet(GraphQLRequestKey key, out CachedResponse? response)
    {
        if (_entries.TryGetValue(key, out response))
        {
            Interlocked.Increment(ref _hits);
            _hitCounter.Add(1);
            return true;
        }

        Interlocked.Increment(ref _misses);
        _missCounter.Add(1);
        return false;
    }

    public void Add(GraphQLRequestKey key, CachedResponse response)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(response);
        var size = Size(key, response);
        if (response.Body.Length > _options.MaxEntryBytes || size > _options.MaxBytes || !_entries.TryAdd(key, response))
        {
            return;
        }

        _arrivals.Enqueue(key);
        Interlocked.Add(ref _bytes, size);
        while (Interlocked.Read(ref _bytes) > _options.MaxBytes && _arrivals.TryDequeue(out var oldest))
        {
            if (_entries.TryRemove(oldest, out var removed))
            {
                Interlocked.Add(ref _bytes, -Size(oldest, removed));
                Interlocked.Increment(ref _evictions);
                _evictionCounter.Add(1);
            }
        }
    }

    public void Dispose() => _meter.Dispose();

    // The body, the key's characters, and about 100 bytes of bookkeeping per entry.
    private static long Size(GraphQLRequestKey key, CachedResponse response) => response.Body.Length + (2L * key.Length) + 100;
}
