using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Entities;
using GraphQL.DataLoader;

namespace GraphPlan.GraphQL.Relations;

/// <summary>
/// Batches relationship look-ups within one request: every <see cref="Load"/> with the same filter made while a
/// level of the query resolves becomes one <see cref="IGraphStore.GetRelatedAsync"/> call. Scoped per request.
/// </summary>
public sealed class RelatedLoader(IGraphStore store)
{
    private readonly Dictionary<string, Batch> _open = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public IDataLoaderResult<IReadOnlyList<RelatedEntity>> Load(string id, RelationFilter filter)
    {
        var key = $"{filter.Direction}|{string.Join(',', filter.Kinds)}|{string.Join(',', filter.OtherKinds)}";
        lock (_gate)
        {
            if (!_open.TryGetValue(key, out var batch) || batch.Started)
            {
                batch = new Batch(store, filter, _gate);
                _open[key] = batch;
            }

            return new Pending(batch, batch.Add(id));
        }
    }

    /// <summary>The entities at the other end of one relationship kind, batched like <see cref="Load"/>.</summary>
    public IDataLoaderResult<IEnumerable<Entity>> Others(string id, RelationshipKind kind, Direction direction, params EntityKind[] otherKinds) =>
        new MappedResult<IReadOnlyList<RelatedEntity>, IEnumerable<Entity>>(
            Load(id, new RelationFilter(direction) { Kinds = [kind], OtherKinds = otherKinds }),
            related => related.Select(r => r.Other));

    private sealed class Batch(IGraphStore store, RelationFilter filter, Lock gate)
    {
        private readonly List<string> _ids = [];
        private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);
        private Task<IReadOnlyList<IReadOnlyList<RelatedEntity>>>? _loaded;

        public bool Started => _loaded is not null;

        public int Add(string id)
        {
            if (!_positions.TryGetValue(id, out var position))
            {
                position = _ids.Count;
                _positions[id] = position;
                _ids.Add(id);
            }

            return position;
        }

        public Task<IReadOnlyList<IReadOnlyList<RelatedEntity>>> LoadAsync(CancellationToken cancellationToken)
        {
            lock (gate)
            {
                return _loaded ??= store.GetRelatedAsync(_ids.ToArray(), filter, cancellationToken);
            }
        }
    }

    private sealed class Pending(Batch batch, int position) : IDataLoaderResult<IReadOnlyList<RelatedEntity>>
    {
        public async Task<IReadOnlyList<RelatedEntity>> GetResultAsync(CancellationToken cancellationToken = default) =>
            (await batch.LoadAsync(cancellationToken).ConfigureAwait(false))[position];

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
            await GetResultAsync(cancellationToken).ConfigureAwait(false);
    }
}
