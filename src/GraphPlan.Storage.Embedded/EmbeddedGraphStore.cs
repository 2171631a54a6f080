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
    private readonly GraphIndex _index = new();
    private readonly ReaderWriterLockSlim _lock = new();
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly SqliteGraphFile _file;
    private readonly Lock _searchBuild = new();
    private readonly string? _searchFolder;

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
            ThrowIfInvalid(entity.Id, EntityRules.Check(entity));
            var stored = entity with { Version = (ReadLocked(() => _index.Find(entity.Id))?.Version ?? 0) + 1 };
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
            ThrowIfInvalid(relationship.Id, LinkProblems(relationship));
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
            var kinds = graph.Entities.ToDictionary(e => e.Id, e => e.Kind, StringComparer.Ordinal);
            var problems = new List<GraphProblem>();
            foreach (var entity in graph.Entities)
            {
                problems.AddRange(EntityRules.Check(entity).Select(p => new GraphProblem(entity.Id, p)));
            }

            foreach (var relationship in graph.Relationships)
            {
                var fromKind = kinds.TryGetValue(relationship.From, out var k1) ? k1 : ReadLocked(() => _index.Find(relationship.From)?.Kind);
                var toKind = kinds.TryGetValue(relationship.To, out var k2) ? k2 : ReadLocked(() => _index.Find(relationship.To)?.Kind);
                if (fromKind is null || toKind is null)
                {
                    problems.Add(new(relationship.Id, $"an end of the relationship is not an entity ({(fromKind is null ? relationship.From : relationship.To)})"));
                    continue;
                }

                problems.AddRange(EntityRules.Check(relationship, fromKind.Value, toKind.Value).Select(p => new GraphProblem(relationship.Id, p)));
            }

            if (problems.Count > 0)
            {
                throw new GraphValidationException("import", problems.Select(p => p.ToString()).ToList());
            }

            // An entity whose content is unchanged keeps its version and is not written again.
            var entities = ReadLocked(() => graph.Entities
                .Select(e => (New: e, Stored: _index.Find(e.Id)))
                .Where(p => p.Stored is null || ContentFingerprint.Of(p.Stored) != ContentFingerprint.Of(p.New))
                .Select(p => p.New with { Version = (p.Stored?.Version ?? 0) + 1 })
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
            var fingerprint = curation.IdempotencyKey is null ? null : ContentFingerprint.Of(curation);
            if (curation.IdempotencyKey is { } key && _file.FindByIdempotencyKey(curation.Actor, key) is { } recorded)
            {
                if (recorded.Fingerprint is { } first && first != fingerprint)
                {
                    throw new IdempotencyKeyReusedException(key);
                }

                result = recorded.Entry;
                return () => { };
            }

            var entry = new AuditEntry(0, DateTimeOffset.UtcNow, curation.Actor, curation.Action, curation.Subject);
            switch (curation.Action)
            {
                case CurationAction.UpsertEntity:
                {
                    var entity = curation.Entity ?? throw new GraphValidationException("curation", ["an upsert needs the entity"]);
                    ThrowIfInvalid(entity.Id, EntityRules.Check(entity));
                    var current = ReadLocked(() => _index.Find(entity.Id));
                    ThrowIfStale(entity.Id, curation.ExpectedVersion, current?.Version ?? 0);
                    var stored = entity with { Version = (current?.Version ?? 0) + 1 };
                    entry = entry with { Version = stored.Version, Before = CurationJson.Of(current), After = CurationJson.Of(stored) };
                    result = entry with { Sequence = _file.Write([stored], [], [], [], entry, curation.IdempotencyKey, fingerprint) };
                    return () => _index.Put(stored);
                }

                case CurationAction.DeleteEntity:
                {
                    var id = curation.EntityId ?? throw new GraphValidationException("curation", ["a delete needs the entity id"]);
                    var current = ReadLocked(() => _index.Find(id));
                    ThrowIfStale(id, curation.ExpectedVersion, current?.Version ?? 0);
                    if (current is null)
                    {
                        result = entry;
                        return () => { };
                    }

                    entry = entry with { Before = CurationJson.Of(current) };
                    result = entry with { Sequence = _file.Write([], [], [id], [], entry, curation.IdempotencyKey, fingerprint) };
                    return () => _index.Remove(id);
                }

                case CurationAction.Link:
                {
                    var relationship = curation.Relationship ?? throw new GraphValidationException("curation", ["a link needs the relationship"]);
                    ThrowIfInvalid(relationship.Id, LinkProblems(relationship));
                    var before = ReadLocked(() => FindRelationship(relationship));
                    entry = entry with { Before = CurationJson.Of(before), After = CurationJson.Of(relationship) };
                    result = entry with { Sequence = _file.Write([], [relationship], [], [], entry, curation.IdempotencyKey, fingerprint) };
                    return () => _index.Link(relationship);
                }

                default:
                {
                    var relationship = curation.Relationship ?? throw new GraphValidationException("curation", ["an unlink needs the relationship"]);
                    var before = ReadLocked(() => FindRelationship(relationship));
                    if (before is null)
                    {
                        result = entry;
                        return () => { };
                    }

                    entry = entry with { Before = CurationJson.Of(before) };
                    result = entry with { Sequence = _file.Write([], [], [], [before], entry, curation.IdempotencyKey, fingerprint) };
                    return () => _index.Unlink(before.From, before.Kind, before.To);
                }
            }
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
        _index.Search?.Dispose();
        _file.Dispose();
        _lock.Dispose();
        _writer.Dispose();
    }

    private static void ThrowIfStale(string id, long? expected, long actual)
    {
        if (expected is { } wanted && wanted != actual)
        {
            throw new VersionConflictException(id, wanted, actual);
        }
    }

    private Relationship? FindRelationship(Relationship relationship) =>
        _index.Related(relationship.From, new RelationFilter(Direction.Outgoing) { Kinds = [relationship.Kind] })
            .Select(r => r.Relationship)
            .FirstOrDefault(r => r.To == relationship.To);

    private IReadOnlyList<string> LinkProblems(Relationship relationship)
    {
        var (from, to) = ReadLocked(() => (_index.Find(relationship.From), _index.Find(relationship.To)));
        return EntityRules.CheckLink(relationship, from?.Kind, to?.Kind);
    }

    private static void ThrowIfInvalid(string subject, IReadOnlyList<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new GraphValidationException(subject, problems);
        }
    }

    /// <summary>Called under the read lock: no write runs, so filling the index here sees one consistent graph.</summary>
    private LuceneEntityIndex SearchIndex()
    {
        lock (_searchBuild)
        {
            if (_index.Search is { } built)
            {
                return built;
            }

            var index = NewSearchIndex();
            foreach (var entity in _index.Entities)
            {
                index.Put(entity);
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
