using System.Runtime.CompilerServices;
using GraphPlan.Core.Store;

namespace GraphPlan.GraphQL.Limits;

/// <summary>The store's statistics for the cost model, read at most once a minute per store (the figures move slowly).</summary>
internal static class CostStatisticsSource
{
    private static readonly TimeSpan _refresh = TimeSpan.FromMinutes(1);
    private static readonly ConditionalWeakTable<IGraphStore, Entry> _cache = [];

    public static async Task<CostStatistics> GetAsync(IGraphStore? store, CancellationToken cancellationToken)
    {
        if (store is null)
        {
            return CostStatistics.Fallback;
        }

        if (_cache.TryGetValue(store, out var entry) && DateTimeOffset.UtcNow - entry.At < _refresh)
        {
            return entry.Statistics;
        }

        try
        {
            var figures = await store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
            var statistics = new CostStatistics(
                figures.EntityCount == 0 ? 1 : 2.0 * figures.RelationshipCount / figures.EntityCount,
                figures.EntitiesByKind);
            _cache.AddOrUpdate(store, new Entry(statistics, DateTimeOffset.UtcNow));
            return statistics;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // An unreachable store fails the request's own reads with a clear error; the estimate falls back meanwhile.
            return entry?.Statistics ?? CostStatistics.Fallback;
        }
    }

    private sealed record Entry(CostStatistics Statistics, DateTimeOffset At);
}
