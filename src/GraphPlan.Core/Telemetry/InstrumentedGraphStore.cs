using System.Diagnostics;
using GraphPlan.Core.Graph;
using GraphPlan.Core.Search;
using GraphPlan.Core.Store;

namespace GraphPlan.Core.Telemetry;

/// <summary>
/// Wraps a store once so every call is a child span of the current operation (<c>store.</c> + the method) and one
/// measurement of <see cref="GraphPlanTelemetry.StoreDuration"/>; arguments are never recorded. It searches when the
/// store does, so wrapping keeps <see cref="ISearchIndex"/> working.
/// </summary>
public sealed class InstrumentedGraphStore(IGraphStore inner, string storeName) : IGraphStore, ISearchIndex, IDisposable
{
    public IGraphStore Inner => inner;

    /// <summary>Disposes the wrapped store, which the wrapper replaced in the container that would have disposed it.</summary>
    public void Dispose() => (inner as IDisposable)?.Dispose();

    public Task<IReadOnlyList<Entity?>> GetEntitiesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default) =>
        Measure(nameof(GetEntitiesAsync), () => inner.GetEntitiesAsync(ids, cancellationToken));

    public Task<EntityPage> FindEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default) =>
        Measure(nameof(FindEntitiesAsync), () => inner.FindEntitiesAsync(query, cancellationToken));

    public Task<IReadOnlyList<IReadOnlyList<RelatedEntity>>> GetRelatedAsync(IReadOnlyList<string> ids, RelationFilter filter, CancellationToken cancellationToken = default) =>
        Measure(nameof(GetRelatedAsync), () => inner.GetRelatedAsync(ids, filter, cancellationToken));

    public Task<TraversalResult> TraverseAsync(TraversalRequest request, CancellationToken cancellationToken = default) =>
        Measure(nameof(TraverseAsync), () => inner.TraverseAsync(request, cancellationToken));

    public Task<TraversalResult> FindPathsAsync(PathRequest request, CancellationToken cancellationToken = default) =>
        Measure(nameof(FindPathsAsync), () => inner.FindPathsAsync(request, cancellationToken));

    public Task<Subgraph> GetNeighborhoodAsync(NeighborhoodRequest request, CancellationToken cancellationToken = default) =>
        Measure(nameof(GetNeighborhoodAsync), () => inner.GetNeighborhoodAsync(request, cancellationToken));

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        Measure(nameof(GetStatisticsAsync), () => inner.GetStatisticsAsync(cancellationToken));

    public Task<GraphData> ExportAsync(CancellationToken cancellationToken = default) =>
        Measure(nameof(ExportAsync), () => inner.ExportAsync(cancellationToken));

    public Task UpsertEntityAsync(Entity entity, CancellationToken cancellationToken = default) =>
        Measure(nameof(UpsertEntityAsync), () => inner.UpsertEntityAsync(entity, cancellationToken));

    public Task<bool> DeleteEntityAsync(string id, CancellationToken cancellationToken = default) =>
        Measure(nameof(DeleteEntityAsync), () => inner.DeleteEntityAsync(id, cancellationToken));

    public Task LinkAsync(Relationship relationship, CancellationToken cancellationToken = default) =>
        Measure(nameof(LinkAsync), () => inner.LinkAsync(relationship, cancellationToken));

    public Task<bool> UnlinkAsync(string from, RelationshipKind kind, string to, CancellationToken cancellationToken = default) =>
        Measure(nameof(UnlinkAsync), () => inner.UnlinkAsync(from, kind, to, cancellationToken));

    public Task ImportAsync(GraphData graph, CancellationToken cancellationToken = default) =>
        Measure(nameof(ImportAsync), () => inner.ImportAsync(graph, cancellationToken));

    public Task<AuditEntry> CurateAsync(Curation curation, CancellationToken cancellationToken = default) =>
        Measure(nameof(CurateAsync), () => inner.CurateAsync(curation, cancellationToken));

    public Task<IReadOnlyList<AuditEntry>> GetAuditTrailAsync(AuditQuery query, CancellationToken cancellationToken = default) =>
        Measure(nameof(GetAuditTrailAsync), () => inner.GetAuditTrailAsync(query, cancellationToken));

    public Task<long> GetGraphVersionAsync(CancellationToken cancellationToken = default) =>
        Measure(nameof(GetGraphVersionAsync), () => inner.GetGraphVersionAsync(cancellationToken));

    public Task<IReadOnlyList<AuditEntry>> GetChangesAsync(ChangeQuery query, CancellationToken cancellationToken = default) =>
        Measure(nameof(GetChangesAsync), () => inner.GetChangesAsync(query, cancellationToken));

    public Task<IReadOnlyList<CountGroup>> CountAsync(CountQuery query, CancellationToken cancellationToken = default) =>
        Measure(nameof(CountAsync), () => inner.CountAsync(query, cancellationToken));

    public Task<IReadOnlyList<ValueSummary>> SummarizeValuesAsync(ValueSummaryQuery query, CancellationToken cancellationToken = default) =>
        Measure(nameof(SummarizeValuesAsync), () => inner.SummarizeValuesAsync(query, cancellationToken));

    public Task<IReadOnlyList<EntityDegree>> RankByDegreeAsync(DegreeQuery query, CancellationToken cancellationToken = default) =>
        Measure(nameof(RankByDegreeAsync), () => inner.RankByDegreeAsync(query, cancellationToken));

    public Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default) =>
        Measure(nameof(SearchAsync), () => Search().SearchAsync(request, cancellationToken));

    private ISearchIndex Search() => inner as ISearchIndex ?? throw new NotSupportedException($"{inner.GetType().Name} does not implement search");

    private async Task Measure(string method, Func<Task> call) => await Measure<bool>(method, async () =>
    {
        await call().ConfigureAwait(false);
        return true;
    }).ConfigureAwait(false);

    private async Task<T> Measure<T>(string method, Func<Task<T>> call)
    {
        using var activity = GraphPlanTelemetry.Source.StartActivity($"store.{method}", ActivityKind.Internal);
        activity?.SetTag("db.system.name", storeName);
        activity?.SetTag("graphplan.store.method", method);
        var started = Stopwatch.GetTimestamp();
        var outcome = "ok";
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            outcome = ex.GetType().Name;
            activity?.SetStatus(ActivityStatusCode.Error, ex.GetType().Name);
            throw;
        }
        finally
        {
            GraphPlanTelemetry.StoreDuration.Record(
                Stopwatch.GetElapsedTime(started).TotalMilliseconds,
                new KeyValuePair<string, object?>("store", storeName),
                new KeyValuePair<string, object?>("method", method),
                new KeyValuePair<string, object?>("outcome", outcome));
        }
    }
}
