using System.Collections.Concurrent;
using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;

namespace GraphPlan.Testing;

/// <summary>Wraps a store and counts the calls made to it, to prove that queries batch their reads.</summary>
public sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public int Calls(string method) => _calls.GetValueOrDefault(method);

    public int TotalCalls => _calls.Values.Sum();

    public void Reset() => _calls.Clear();

    /// <summary>Passed through uncounted: it is the HTTP cache's question, not a read a query makes.</summary>
    public Task<long> GetGraphVersionAsync(CancellationToken cancellationToken = default) => inner.GetGraphVersionAsync(cancellationToken);

    public Task<IReadOnlyList<Entity?>> GetEntitiesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default) =>
        Count(nameof(GetEntitiesAsync), inner.GetEntitiesAsync(ids, cancellationToken));

    public Task<IReadOnlyList<CountGroup>> CountAsync(CountQuery query, CancellationToken cancellationToken = default) =>
        Count(nameof(CountAsync), inner.CountAsync(query, cancellationToken));

    public Task<IReadOnlyList<ValueSummary>> SummarizeValuesAsync(ValueSummaryQuery query, CancellationToken cancellationToken = default) =>
        Count(nameof(SummarizeValuesAsync), inner.SummarizeValuesAsync(query, cancellationToken));

    public Task<IReadOnlyList<EntityDegree>> RankByDegreeAsync(DegreeQuery query, CancellationToken cancellationToken = default) =>
        Count(nameof(RankByDegreeAsync), inner.RankByDegreeAsync(query, cancellationToken));

    public Task<EntityPage> FindEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default) =>
        Count(nameof(FindEntitiesAsync), inner.FindEntitiesAsync(query, cancellationToken));

    public Task<IReadOnlyList<IReadOnlyList<RelatedEntity>>> GetRelatedAsync(IReadOnlyList<string> ids, RelationFilter filter, CancellationToken cancellationToken = default) =>
        Count(nameof(GetRelatedAsync), inner.GetRelatedAsync(ids, filter, cancellationToken));

    public Task<TraversalResult> FindPathsAsync(PathRequest request, CancellationToken cancellationToken = default) =>
        Count(nameof(FindPathsAsync), inner.FindPathsAsync(request, cancellationToken));

    public Task<TraversalResult> TraverseAsync(TraversalRequest request, CancellationToken cancellationToken = default) =>
        Count(nameof(TraverseAsync), inner.TraverseAsync(request, cancellationToken));

    public Task<Subgraph> GetNeighborhoodAsync(NeighborhoodRequest request, CancellationToken cancellationToken = default) =>
        Count(nameof(GetNeighborhoodAsync), inner.GetNeighborhoodAsync(request, cancellationToken));

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) =>
        Count(nameof(GetStatisticsAsync), inner.GetStatisticsAsync(cancellationToken));

    public Task<GraphData> ExportAsync(CancellationToken cancellationToken = default) =>
        Count(nameof(ExportAsync), inner.ExportAsync(cancellationToken));

    public Task UpsertEntityAsync(Entity entity, CancellationToken cancellationToken = default) =>
        Count(nameof(UpsertEntityAsync), inner.UpsertEntityAsync(entity, cancellationToken));

    public Task<bool> DeleteEntityAsync(string id, CancellationToken cancellationToken = default) =>
        Count(nameof(DeleteEntityAsync), inner.DeleteEntityAsync(id, cancellationToken));

    public Task LinkAsync(Relationship relationship, CancellationToken cancellationToken = default) =>
        Count(nameof(LinkAsync), inner.LinkAsync(relationship, cancellationToken));

    public Task<bool> UnlinkAsync(string from, RelationshipKind kind, string to, CancellationToken cancellationToken = default) =>
        Count(nameof(UnlinkAsync), inner.UnlinkAsync(from, kind, to, cancellationToken));

    public Task ImportAsync(GraphData graph, CancellationToken cancellationToken = default) =>
        Count(nameof(ImportAsync), inner.ImportAsync(graph, cancellationToken));

    public Task<AuditEntry> CurateAsync(Curation curation, CancellationToken cancellationToken = default) =>
        Count(nameof(CurateAsync), inner.CurateAsync(curation, cancellationToken));

    public Task<IReadOnlyList<AuditEntry>> GetAuditTrailAsync(AuditQuery query, CancellationToken cancellationToken = default) =>
        Count(nameof(GetAuditTrailAsync), inner.GetAuditTrailAsync(query, cancellationToken));

    public Task<IReadOnlyList<AuditEntry>> GetChangesAsync(ChangeQuery query, CancellationToken cancellationToken = default) =>
        Count(nameof(GetChangesAsync), inner.GetChangesAsync(query, cancellationToken));

    private T Count<T>(string method, T result)
    {
        _calls.AddOrUpdate(method, 1, (_, n) => n + 1);
        return result;
    }
}
