using GraphPlan.Core.Graph;
using GraphPlan.Core.Search;
using GraphPlan.Core.Store;
using GraphPlan.Search;

namespace GraphPlan.Storage.Embedded;

/// <summary>
/// The default store: the graph lives in memory for reads, and every write is committed to a SQLite file
/// before it is applied in memory and acknowledged. Writers are serialized; readers never wait on disk.
/// </summary>
public sealed class EmbeddedGraphStore : IGraphStore, ISearchIndex, IDisposable
{
    private const int CollectEveryIndexed = 200_000;

    private readonly GraphIndex _index = new();
    private readonly ReaderWriterLockSlim _lock = new();
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly SqliteGraphFile _file;
    private readonly Lock _searchBuild = new();
    private readonly string? _searchFolder;
    private bool _disposed;

    // Moves after every write is applied in memory (under the write lock); starts from the clock, so a number from
    // before a restart is not reused for another graph.
    private long _graphVersion = DateTime.UtcNow.Ticks;

    public EmbeddedGraphStore(EmbeddedStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _file = new SqliteGraphFile(options.Path);
        _searchFolder = options.SearchIndexInMemory ? null : Path.GetFullPath(options.Path) + ".search";
        try
        {
            _file.LoadInto(_index);
        }
        catch (StoreFileException)
        {
            // The file's check (run while it was read) refused it.
            _file.Dispose();
            throw;
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException)
        {
            _file.Dispose();
            throw new StoreFileException(Path.GetFullPath(options.Path), $"its content cannot be read ({ex.Message}); restore it from a backup", ex);
        }
    }

    /// <summary>The file's journal mode and synchronous level, as the writing connection runs them.</summary>
    internal (string JournalMode, long Synchronous) Durability() => _file.Durability();

    public Task<IReadOnlyList<Entity?>> GetEntitiesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<Entity?>>(() => ids.Select(_index.Find).ToList());

    public Task<EntityPage> FindEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        EntityFilterRules.ThrowIfTooLarge(query.Where);
        return Read(() => _index.Find(query));
    }

    public Task<IReadOnlyList<IReadOnlyList<RelatedEntity>>> GetRelatedAsync(IReadOnlyList<string> ids, RelationFilter filter, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<IReadOnlyList<RelatedEntity>>>(() => ids.Select(id => _index.Related(id, filter)).ToList());

    public Task<TraversalResult> TraverseAsync(TraversalRequest request, CancellationToken cancellationToken = default) =>
        Read(() => _index.Traverse(request));

    /// <summary>The shared path search over the in-memory adjacency (each level one read under the lock).</summary>
    public Task<TraversalResult> FindPathsAsync(PathRequest request, CancellationToken cancellationToken = default) =>
        PathSearch.FindAsync(this, request, cancellationToken);

    public Task<Subgraph> GetNeighborhoodAsync(NeighborhoodRequest request, CancellationToken cancellationToken = default) =>
        Read(() => _index.Neighborhood(request));

    /// <summary>
    /// Ranked search over an in-memory Lucene index, built from the graph by the first search after a start and then
    /// updated by every write before it is acknowledged, so a curated entity is found at once.
    /// </summary>
    public Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Check();
        return Read(() => SearchIndex().Search(request, _index.Find));
    }

    public Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default) => Read(_index.Statistics);

    public Task<GraphData> ExportAsync(CancellationToken cancellationToken = default) => Read(_index.Export);

    public Task<long> GetGraphVersionAsync(CancellationToken cancellationToken = default) => Task.FromResult(Interlocked.Read(ref _graphVersion));

    public Task<IReadOnlyList<CountGroup>> CountAsync(CountQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        EntityFilterRules.ThrowIfTooLarge(query.Where);
        return Read(() => _index.Count(query));
    }

    public Task<IReadOnlyList<ValueSummary>> SummarizeValuesAsync(ValueSummaryQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        EntityFilterRules.ThrowIfTooLarge(query.Where);
        return Read(() => _index.SummarizeValues(query));
    }

    public Task<IReadOnlyList<EntityDegree>> RankByDegreeAsync(DegreeQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        EntityFilterRules.ThrowIfTooLarge(query.Where);
        return Read(() => _index.RankByDegree(query));
    }

    public Task UpsertEntityAsync(Entity entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return Write(cancellationToken, () =>
        {
            GraphValidationException.ThrowIfAny(entity.Id, EntityRules.Check(entity));
            if (EntityVersions.Rewritten(entity, ReadLocked(() => _index.Find(entity.Id))) is not { } stored)
            {
                return () => { };
            }

            _file.Write([stored], [], [], []);
            return () => _index.Put(stored);
        });
    }

    public async Task<bool> DeleteEntityAsync(string id, CancellationToken cancellationToken = default)
    {
        var existed = false;
        await Write(cancellationToken, () =>
        {
            existed = ReadLocked(() => _index.Contains(id));
            if (!existed)
            {
                return () => { };
            }

            _file.Write([], [], [id], []);
            return () => _index.Remove(id);
        }).ConfigureAwait(false);
        return existed;
    }

    public Task LinkAsync(Relationship relationship, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        return Write(cancellationToken, () =>
        {
            GraphValidationException.ThrowIfAny(relationship.Id, LinkProblems(relationship));
            _file.Write([], [relationship], [], []);
            return () => _index.Link(relationship);
        });
    }

    public async Task<bool> UnlinkAsync(string from, RelationshipKind kind, string to, CancellationToken cancellationToken = default)
    {
        var existed = false;
        await Write(cancellationToken, () =>
        {
            existed = ReadLocked(() => _index.Related(from, new RelationFilter(Direction.Outgoing) { Kinds = [kind] }).Any(r => r.Other.Id == to));
            if (!existed)
            {
                return () => { };
            }

            _file.Write([], [], [], [new Relationship(from, kind, to)]);
            return () => _index.Unlink(from, kind, to);
        }).ConfigureAwait(false);
        return existed;
    }

    public Task ImportAsync(GraphData graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return Write(cancellationToken, () =>
        {
            var stored = ReadLocked(() => ImportValidation.EndsOutside(graph)
                .Select(_index.Find)
                .OfType<Entity>()
                .ToDictionary(e => e.Id, e => e.Kind, StringComparer.Ordinal));
            ImportValidation.ThrowIfInvalid(graph, stored);

            // An entity whose content is unchanged keeps its version and is not written again.
            var entities = ReadLocked(() => graph.Entities
                .Select(e => EntityVersions.Rewritten(e, _index.Find(e.Id)))
                .OfType<Entity>()
                .ToList());
            _file.Write(entities, graph.Relationships, [], []);
            return () =>
            {
                foreach (var entity in entities)
                {
                    _index.Put(entity);
                }

                foreach (var relationship in graph.Relationships)
                {
                    _index.Link(relationship);
                }
            };
        });
    }

    public async Task<AuditEntry> CurateAsync(Curation curation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(curation);
        AuditEntry? result = null;
        await Write(cancellationToken, () =>
        {
            if (curation.IdempotencyKey is { } key && _file.FindByIdempotencyKey(curation.Actor, key) is { } recorded)
            {
                result = CurationPlanner.Replay(curation, recorded.Entry, recorded.Fingerprint);
                return () => { };
            }

            var plan = CurationPlanner.Plan(curation, ReadLocked(() => StateOf(curation)), DateTimeOffset.UtcNow);
            if (plan.ChangesNothing)
            {
                result = plan.Entry;
                return () => { };
            }

            var fingerprint = curation.IdempotencyKey is null ? null : ContentFingerprint.Of(curation);
            var sequence = _file.Write(
                plan.Upsert is { } upsert ? [upsert] : [],
                plan.Link is { } link ? [link] : [],
                plan.Delete is { } delete ? [delete] : [],
                plan.Unlink is { } unlink ? [unlink] : [],
                plan.Entry,
                curation.IdempotencyKey,
                fingerprint);
            result = plan.Entry with { Sequence = sequence };
            return () =>
            {
                if (plan.Upsert is { } entity)
                {
                    _index.Put(entity);
                }

                if (plan.Delete is { } id)
                {
                    _index.Remove(id);
                }

                if (plan.Link is { } added)
                {
                    _index.Link(added);
                }

                if (plan.Unlink is { } removed)
                {
                    _index.Unlink(removed.From, removed.Kind, removed.To);
                }
            };
        }).ConfigureAwait(false);
        return result!;
    }

    public async Task<IReadOnlyList<AuditEntry>> GetAuditTrailAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);

        // The file's one connection is the writer's; reading the trail takes its turn with the writes.
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _file.ReadAudit(query);
        }
        finally
        {
            _writer.Release();
        }
    }

    public async Task<IReadOnlyList<AuditEntry>> GetChangesAsync(ChangeQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Check();
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _file.ReadChanges(query);
        }
        finally
        {
            _writer.Release();
        }
    }

    public void Dispose()
    {
        // Waits for a search index being built (in the background at start-up) so its folder is closed before anyone removes it.
        lock (_searchBuild)
        {
            _disposed = true;
            _index.Search?.Dispose();
        }

        _file.Dispose();
        _lock.Dispose();
        _writer.Dispose();
    }

    /// <summary>What the planner needs to know of the curation's subject; called under the read lock.</summary>
    private CurationState StateOf(Curation curation) => curation.Action switch
    {
        CurationAction.UpsertEntity or CurationAction.DeleteEntity => new CurationState { Entity = _index.Find(curation.Subject) },
        _ when curation.Relationship is { } relationship => new CurationState
        {
            Relationship = FindRelationship(relationship),
            FromKind = _index.Find(relationship.From)?.Kind,
            ToKind = _index.Find(relationship.To)?.Kind,
        },
        _ => CurationState.Empty,
    };

    private Relationship? FindRelationship(Relationship relationship) =>
        _index.Related(relationship.From, new RelationFilter(Direction.Outgoing) { Kinds = [relationship.Kind] })
            .Select(r => r.Relationship)
            .FirstOrDefault(r => r.To == relationship.To);

    private IReadOnlyList<string> LinkProblems(Relationship relationship)
    {
        var (from, to) = ReadLocked(() => (_index.Find(relationship.From), _index.Find(relationship.To)));
        return EntityRules.CheckLink(relationship, from?.Kind, to?.Kind);
    }

    /// <summary>Called under the read lock: no write runs, so filling the index here sees one consistent graph.</summary>
    private LuceneEntityIndex SearchIndex()
    {
        lock (_searchBuild)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_index.Search is { } built)
            {
                return built;
            }

            var index = NewSearchIndex();
            var indexed = 0;
            foreach (var entity in _index.Entities)
            {
                index.Add(entity);
                if (++indexed % CollectEveryIndexed == 0)
                {
                    // Lucene's indexing buffers outlive young collections and most die as large objects, which only a
                    // full collection frees: left to the collector's own pace, at a million entities they added 300 MB
                    // to the resident set during the build. A background collection every so often keeps them bounded.
                    GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: false);
                }
            }

            index.Refresh();
            _index.Search = index;
            return index;
        }
    }

    /// <summary>In its folder beside the file when it can be written there (it is rebuilt at every start), else in memory.</summary>
    private LuceneEntityIndex NewSearchIndex()
    {
        if (_searchFolder is not null)
        {
            try
            {
                return new LuceneEntityIndex(_searchFolder);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or Lucene.Net.Store.LockObtainFailedException)
            {
                // A read-only folder or another process's index: searching still works, from memory.
            }
        }

        return new LuceneEntityIndex();
    }

    private Task<T> Read<T>(Func<T> read) => Task.FromResult(ReadLocked(read));

    private T ReadLocked<T>(Func<T> read)
    {
        _lock.EnterReadLock();
        try
        {
            return read();
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// Runs a write: <paramref name="prepare"/> validates and commits to disk (one writer at a time), then the
    /// in-memory change it returns is applied under the write lock. Disk first, so nothing acknowledged is lost.
    /// </summary>
    private async Task Write(CancellationToken cancellationToken, Func<Action> prepare)
    {
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var apply = prepare();
            _lock.EnterWriteLock();
            try
            {
                apply();
                _index.Search?.Refresh();
                Interlocked.Increment(ref _graphVersion);
            }
            finally
            {
                _lock.ExitWriteLock();
            }
        }
        finally
        {
            _writer.Release();
        }
    }
}
