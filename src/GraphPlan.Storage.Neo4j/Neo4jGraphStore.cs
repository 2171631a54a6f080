using System.Globalization;
using System.Text.Json;
using GraphPlan.Core.Graph;
using GraphPlan.Core.Search;
using GraphPlan.Core.Store;

namespace GraphPlan.Storage.Neo4j;

/// <summary>
/// <see cref="IGraphStore"/> on a Neo4j server through the Query API. Each entity is an <c>:Entity:&lt;Kind&gt;</c>
/// node and each relationship a typed edge, so the data is browsable in Neo4j itself. Reads cost one request
/// whatever the number of ids; a traversal or neighborhood costs one per level. The rules are Core's, shared with the
/// embedded store (<see cref="ImportValidation"/>, <see cref="CurationPlanner"/>, <see cref="TraversalWalk"/>,
/// <see cref="NeighborhoodWalk"/>): this class loads, expands a level and writes, and nothing is sent before they pass.
/// </summary>
public sealed class Neo4jGraphStore : IGraphStore, ISearchIndex
{
    private static readonly Dictionary<string, RelationshipKind> _kindsByType =
        Enum.GetValues<RelationshipKind>().ToDictionary(GraphNames.Of, k => k, StringComparer.Ordinal);

    private readonly Neo4jQueryClient _client;

    public Neo4jGraphStore(Neo4jQueryClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
    }

    /// <summary>Fails fast, with one clear message, when Neo4j is unreachable or refuses the credentials.</summary>
    public Task VerifyConnectivityAsync(CancellationToken cancellationToken = default) => _client.VerifyConnectivityAsync(cancellationToken);

    /// <summary>Creates the id constraint and the indexes if they are missing, then waits until they are online. Safe to repeat.</summary>
    /// <remarks>Waiting for the indexes runs under <see cref="Neo4jOptions.SchemaTimeout"/>, not the per-request timeout.</remarks>
    public async Task EnsureSchemaAsync(CancellationToken cancellationToken = default)
    {
        var options = _client.Options;
        foreach (var statement in CypherStatements.Schema())
        {
            if (statement.Name == "schema.await-indexes")
            {
                var wait = CypherStatements.AwaitIndexes(options.SchemaTimeout);
                await _client.RunAsync(wait, Neo4jAccessMode.Write, options.SchemaTimeout + options.Timeout, cancellationToken).ConfigureAwait(false);
                continue;
            }

            await _client.RunAsync(statement, Neo4jAccessMode.Write, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Removes every entity and relationship.</summary>
    public Task DeleteAllAsync(CancellationToken cancellationToken = default) =>
        WriteAsync(CypherStatements.DeleteAll(), cancellationToken);

    /// <summary>Removes every entity and relationship, the audit trail and its counter: an empty store, as a test run needs.</summary>
    public async Task ResetAsync(CancellationToken cancellationToken = default)
    {
        await DeleteAllAsync(cancellationToken).ConfigureAwait(false);
        await _client.RunAsync(CypherStatements.DeleteAuditTrail(), Neo4jAccessMode.Write, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Ranked search through the <c>cjk</c> full-text index (one request): the index finds up to
    /// <see cref="Neo4jSearchQuery.Candidates"/> candidates, the shared tiers rank them. How this ranking differs from the
    /// embedded store's is written down in the README (Search).
    /// </summary>
    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Check();
        var lucene = Neo4jSearchQuery.Lucene(request.Text);
        if (lucene.Length == 0)
        {
            return SearchResults.Empty;
        }

        var result = await ReadAsync(CypherStatements.FullTextSearch(lucene, request.Kinds, Neo4jSearchQuery.Candidates), cancellationToken).ConfigureAwait(false);
        return Neo4jSearchQuery.Rank(request, result.Records.Select(r => (EntityProperties.FromJson(r["entity"]), r["score"].GetDouble())));
    }

    public async Task<IReadOnlyList<Entity?>> GetEntitiesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        var result = await ReadAsync(CypherStatements.GetEntities(ids), cancellationToken).ConfigureAwait(false);
        var byId = result.Records.Select(r => EntityProperties.FromJson(r["entity"])).ToDictionary(e => e.Id, StringComparer.Ordinal);
        return ids.Select(id => byId.GetValueOrDefault(id)).ToList();
    }

    public async Task<EntityPage> FindEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        EntityFilterRules.ThrowIfTooLarge(query.Where);
        var record = (await ReadAsync(CypherStatements.FindEntities(query), cancellationToken).ConfigureAwait(false)).Single();
        var items = record["items"].EnumerateArray().Select(EntityProperties.FromJson).ToList();
        return new EntityPage(items, record["total"].GetInt32());
    }

    public async Task<IReadOnlyList<CountGroup>> CountAsync(CountQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        EntityFilterRules.ThrowIfTooLarge(query.Where);
        var result = await ReadAsync(CypherStatements.Count(query), cancellationToken).ConfigureAwait(false);
        var groups = result.Records
            .Select(r => new CountGroup(OptionalString(r["key"]), OptionalString(r["name"]), r["count"].GetInt32()))
            .ToList();
        return groups.Where(g => g.Key is not null).OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Concat(groups.Where(g => g.Key is null))
            .ToList();
    }

    public async Task<IReadOnlyList<ValueSummary>> SummarizeValuesAsync(ValueSummaryQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        EntityFilterRules.ThrowIfTooLarge(query.Where);
        var result = await ReadAsync(CypherStatements.SummarizeValues(query), cancellationToken).ConfigureAwait(false);
        return result.Records
            .Select(r => new ValueSummary(
                OptionalString(r["unit"]) is { Length: > 0 } unit ? unit : null,
                r["year"].GetInt32(),
                Enum.Parse<ValueRole>(r["role"].GetString()!),
                r["count"].GetInt32(),
                r["entities"].GetInt32(),
                Number(r["sum"]),
                Number(r["min"]),
                Number(r["max"]),
                Number(r["average"])))
            .OrderBy(v => v.Unit, StringComparer.Ordinal).ThenBy(v => v.Year).ThenBy(v => v.Role)
            .ToList();
    }

    public async Task<IReadOnlyList<EntityDegree>> RankByDegreeAsync(DegreeQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        EntityFilterRules.ThrowIfTooLarge(query.Where);
        var result = await ReadAsync(CypherStatements.RankByDegree(query), cancellationToken).ConfigureAwait(false);
        return result.Records.Select(r => new EntityDegree(EntityProperties.FromJson(r["entity"]), r["degree"].GetInt32())).ToList();
    }

    private static string? OptionalString(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>Cypher adds floats; six decimals is what the embedded store's decimal average keeps.</summary>
    private static decimal Number(JsonElement value) => Math.Round((decimal)value.GetDouble(), 6);

    public async Task<IReadOnlyList<IReadOnlyList<RelatedEntity>>> GetRelatedAsync(IReadOnlyList<string> ids, RelationFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return [];
        }

        var result = await ReadAsync(CypherStatements.Related(ids, filter), cancellationToken).ConfigureAwait(false);
        var byId = result.Records
            .Select(r => (Id: r["id"].GetString()!, Hop: Hop(r)))
            .Where(p => p.Hop is not null)
            .GroupBy(p => p.Id, p => p.Hop!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Order(HopOrder.Comparer).ToList(), StringComparer.Ordinal);
        return ids.Select(id => (IReadOnlyList<RelatedEntity>)(byId.GetValueOrDefault(id) ?? [])).ToList();
    }

    /// <summary>
    /// The shared walk (<see cref="TraversalWalk"/>), one request per level: the server returns every relationship of
    /// the frontier, of the kinds the level's steps follow, to an entity not yet reached; the walk applies the steps.
    /// </summary>
    public async Task<TraversalResult> TraverseAsync(TraversalRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var start = (await GetEntitiesAsync([request.StartId], cancellationToken).ConfigureAwait(false))[0]
            ?? throw new EntityNotFoundException(request.StartId);

        var walk = new TraversalWalk(request, start);
        for (var frontier = walk.Frontier; frontier.Count > 0; frontier = walk.Frontier)
        {
            walk.Add(await ExpandAsync(frontier, walk.Reached, walk.Kinds, cancellationToken).ConfigureAwait(false));
        }

        return walk.Result();
    }

    /// <summary>The shared walk (<see cref="NeighborhoodWalk"/>), one request per level; then one request for the edges among the nodes.</summary>
    public async Task<Subgraph> GetNeighborhoodAsync(NeighborhoodRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var center = (await GetEntitiesAsync([request.CenterId], cancellationToken).ConfigureAwait(false))[0]
            ?? throw new EntityNotFoundException(request.CenterId);

        var walk = new NeighborhoodWalk(request, center);
        for (var frontier = walk.Frontier; frontier.Count > 0; frontier = walk.Frontier)
        {
            walk.Add(await ExpandAsync(frontier, walk.Reached, walk.Kinds, cancellationToken).ConfigureAwait(false));
        }

        var result = await ReadAsync(CypherStatements.EdgesAmong(walk.Nodes.Select(n => n.Id).ToList(), request.Kinds), cancellationToken).ConfigureAwait(false);
        return walk.Result(result.Records
            .Select(r => RelationshipFrom(r["source"], r["type"], r["target"], r["provenance"], r["reasoning"]))
            .OfType<Relationship>());
    }

    /// <summary>
    /// One request: Neo4j's <c>allShortestPaths</c>, or a variable-length pattern of at most the hop limit kept to
    /// simple paths, both with the kinds and evidence checked on every relationship; then ordered and cut as
    /// <see cref="PathSearch"/> defines.
    /// </summary>
    public async Task<TraversalResult> FindPathsAsync(PathRequest request, CancellationToken cancellationToken = default)
    {
        PathSearch.Check(request);
        var ends = await GetEntitiesAsync([request.FromId, request.ToId], cancellationToken).ConfigureAwait(false);
        _ = ends[0] ?? throw new EntityNotFoundException(request.FromId);
        _ = ends[1] ?? throw new EntityNotFoundException(request.ToId);
        if (string.Equals(request.FromId, request.ToId, StringComparison.Ordinal))
        {
            return new TraversalResult([], false);
        }

        var result = await ReadAsync(CypherStatements.Paths(request), cancellationToken).ConfigureAwait(false);
        var paths = new List<GraphPath>();
        foreach (var record in result.Records)
        {
            var nodes = record["nodes"].EnumerateArray().Select(EntityProperties.FromJson).ToList();
            var hops = record["hops"].EnumerateArray().ToList();
            var segments = new List<PathSegment>(hops.Count);
            for (var i = 0; i < hops.Count; i++)
            {
                var type = hops[i].GetProperty("type").GetString()!;
                if (!_kindsByType.TryGetValue(type, out var kind))
                {
                    break;
                }

                var forward = string.Equals(hops[i].GetProperty("source").GetString(), nodes[i].Id, StringComparison.Ordinal);
                var reasoning = hops[i].TryGetProperty("reasoning", out var stated) ? EntityProperties.ReadReasoning(stated) : null;
                var crossed = forward ? new Relationship(nodes[i].Id, kind, nodes[i + 1].Id) : new Relationship(nodes[i + 1].Id, kind, nodes[i].Id);
                var relationship = crossed with { Provenance = EntityProperties.ReadProvenance(hops[i].GetProperty("provenance")), Reasoning = reasoning };
                segments.Add(new PathSegment(relationship, forward ? Direction.Outgoing : Direction.Incoming, nodes[i + 1]));
            }

            if (segments.Count == hops.Count)
            {
                paths.Add(new GraphPath(request.FromId, segments));
            }
        }

        return PathSearch.Finish(paths, request, result.Records.Count >= CypherStatements.MaxPathRows);
    }

    public async Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        var record = (await ReadAsync(CypherStatements.Statistics(), cancellationToken).ConfigureAwait(false)).Single();
        var byKind = Enum.GetValues<EntityKind>().ToDictionary(k => k, _ => 0);
        foreach (var item in record["byKind"].EnumerateArray())
        {
            if (Enum.TryParse<EntityKind>(item.GetProperty("kind").GetString(), ignoreCase: false, out var kind))
            {
                byKind[kind] = item.GetProperty("count").GetInt32();
            }
        }

        var byRelationship = Enum.GetValues<RelationshipKind>().ToDictionary(k => k, _ => 0);
        foreach (var item in record["byType"].EnumerateArray())
        {
            if (_kindsByType.TryGetValue(item.GetProperty("type").GetString()!, out var kind))
            {
                byRelationship[kind] = item.GetProperty("count").GetInt32();
            }
        }

        return new GraphStatistics(byKind.Values.Sum(), byRelationship.Values.Sum(), byKind, byRelationship);
    }

    public async Task<long> GetGraphVersionAsync(CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(CypherStatements.GraphVersion(), cancellationToken).ConfigureAwait(false);
        return result.Records.Count == 0 ? 0 : Convert.ToInt64(result.Records[0].Decode("version"), CultureInfo.InvariantCulture);
    }

    public async Task<GraphData> ExportAsync(CancellationToken cancellationToken = default)
    {
        var record = (await ReadAsync(CypherStatements.Export(), cancellationToken).ConfigureAwait(false)).Single();
        var entities = record["entities"].EnumerateArray().Select(EntityProperties.FromJson).OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
        var relationships = record["relationships"].EnumerateArray()
            .Select(r => RelationshipFrom(r.GetProperty("source"), r.GetProperty("type"), r.GetProperty("target"), r.GetProperty("provenance"), r.TryGetProperty("reasoning", out var reasoning) ? reasoning : default))
            .OfType<Relationship>()
            .Order(RelationshipOrder.ById)
            .ToList();
        return new GraphData(entities, relationships);
    }

    public async Task UpsertEntityAsync(Entity entity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entity);
        GraphValidationException.ThrowIfAny(entity.Id, EntityRules.Check(entity));
        await WriteAsync(CypherStatements.UpsertEntities([entity]), cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> DeleteEntityAsync(string id, CancellationToken cancellationToken = default)
    {
        var record = (await WriteAsync(CypherStatements.DeleteEntity(id), cancellationToken).ConfigureAwait(false)).Single();
        return record["deleted"].GetInt64() > 0;
    }

    public async Task LinkAsync(Relationship relationship, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        var ends = await GetEntitiesAsync([relationship.From, relationship.To], cancellationToken).ConfigureAwait(false);
        GraphValidationException.ThrowIfAny(relationship.Id, EntityRules.CheckLink(relationship, ends[0]?.Kind, ends[1]?.Kind));
        var record = (await WriteAsync(CypherStatements.LinkRelationships([relationship]), cancellationToken).ConfigureAwait(false)).Single();
        if (record["linked"].GetInt64() == 0)
        {
            // An end was deleted between the check and the write.
            var now = await GetEntitiesAsync([relationship.From, relationship.To], cancellationToken).ConfigureAwait(false);
            GraphValidationException.ThrowIfAny(relationship.Id, EntityRules.CheckLink(relationship, now[0]?.Kind, now[1]?.Kind));
        }
    }

    public async Task<bool> UnlinkAsync(string from, RelationshipKind kind, string to, CancellationToken cancellationToken = default)
    {
        var record = (await WriteAsync(CypherStatements.Unlink(from, kind, to), cancellationToken).ConfigureAwait(false)).Single();
        return record["deleted"].GetInt64() > 0;
    }

    /// <summary>
    /// Validates everything first (ends may also be entities already stored), then writes in batches of
    /// <see cref="Neo4jOptions.ImportBatchSize"/> with MERGE, so a repeated import, or a retried batch, leaves one copy.
    /// A graph of one batch is written in one transaction per part (entities, then relationships).
    /// </summary>
    public async Task ImportAsync(GraphData graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var outside = ImportValidation.EndsOutside(graph);
        var stored = outside.Count == 0
            ? new Dictionary<string, EntityKind>(StringComparer.Ordinal)
            : (await GetEntitiesAsync(outside, cancellationToken).ConfigureAwait(false)).OfType<Entity>().ToDictionary(e => e.Id, e => e.Kind, StringComparer.Ordinal);
        ImportValidation.ThrowIfInvalid(graph, stored);

        var size = Math.Max(1, _client.Options.ImportBatchSize);
        foreach (var batch in graph.Entities.Chunk(size))
        {
            await WriteAsync(CypherStatements.UpsertEntities(batch), cancellationToken).ConfigureAwait(false);
        }

        foreach (var batch in graph.Relationships.Chunk(size))
        {
            await WriteAsync(CypherStatements.LinkRelationships(batch), cancellationToken).ConfigureAwait(false);
        }
    }

    private static Relationship? RelationshipFrom(JsonElement source, JsonElement type, JsonElement target, JsonElement provenance, JsonElement reasoning) =>
        _kindsByType.TryGetValue(type.GetString()!, out var kind)
            ? new Relationship(source.GetString()!, kind, target.GetString()!) { Provenance = EntityProperties.ReadProvenance(provenance), Reasoning = EntityProperties.ReadReasoning(reasoning) }
            : null;

    /// <summary>
    /// Each curation is one statement that checks the version and appends the audit entry with the write, so a
    /// stale write changes nothing. The "before" of the entry comes from a read just ahead of the write.
    /// </summary>
    public async Task<AuditEntry> CurateAsync(Curation curation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(curation);
        if (curation.IdempotencyKey is { } key)
        {
            var fingerprint = ContentFingerprint.Of(curation);
            if (await RecordedAsync(curation, key, cancellationToken).ConfigureAwait(false) is { } recorded)
            {
                return recorded;
            }

            try
            {
                return await ApplyAsync(curation, new Keyed(CypherStatements.IdempotencyId(curation.Actor, key), fingerprint), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is GraphValidationException or VersionConflictException)
            {
                // A concurrent retry with the same key, or an earlier attempt of this request whose answer was lost,
                // got there first: the unique constraint (or the version it moved on) refused this one.
                var first = await RecordedAsync(curation, key, cancellationToken).ConfigureAwait(false);
                if (first is null)
                {
                    throw;
                }

                return first;
            }
        }

        return await ApplyAsync(curation, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The entry recorded under the curation's key, as <see cref="CurationPlanner.Replay"/> answers it; null when there is none.</summary>
    private async Task<AuditEntry?> RecordedAsync(Curation curation, string key, CancellationToken cancellationToken)
    {
        var result = await ReadAsync(CypherStatements.AuditByIdempotencyKey(curation.Actor, key), cancellationToken).ConfigureAwait(false);
        if (result.Records.Count == 0)
        {
            return null;
        }

        var entry = result.Records[0]["entry"];
        var fingerprint = entry.TryGetProperty("fingerprint", out var recorded) && recorded.ValueKind == JsonValueKind.String ? recorded.GetString() : null;
        return CurationPlanner.Replay(curation, ReadAuditEntry(entry), fingerprint);
    }

    /// <summary>
    /// Plans the curation on what is stored (<see cref="CurationPlanner"/>), then sends the plan as one statement that
    /// takes the write lock, checks the version again and appends the audit entry with the write.
    /// </summary>
    private async Task<AuditEntry> ApplyAsync(Curation curation, Keyed? keyed, CancellationToken cancellationToken)
    {
        var idempotencyId = keyed?.Id;
        var fingerprint = keyed?.Fingerprint;
        var plan = CurationPlanner.Plan(curation, await StateOfAsync(curation, cancellationToken).ConfigureAwait(false), DateTimeOffset.UtcNow);
        var entry = plan.Entry;
        if (plan.Upsert is { } entity)
        {
            return await AppliedAsync(CypherStatements.CurateUpsert(entity, plan.ExpectedVersion, entry, idempotencyId, fingerprint), curation, entry, cancellationToken).ConfigureAwait(false);
        }

        if (plan.Delete is { } id)
        {
            return await AppliedAsync(CypherStatements.CurateDelete(id, plan.ExpectedVersion, entry, idempotencyId, fingerprint), curation, entry, cancellationToken).ConfigureAwait(false);
        }

        if (plan.Link is { } link)
        {
            var result = await WriteAsync(CypherStatements.CurateLink(link, entry, idempotencyId, fingerprint), cancellationToken).ConfigureAwait(false);
            return result.Records.Count == 0
                ? throw new GraphValidationException(link.Id, ["an end of the relationship was deleted while linking"])
                : entry with { Sequence = result.Records[0]["sequence"].GetInt64() };
        }

        if (plan.Unlink is { } unlink)
        {
            var result = await WriteAsync(CypherStatements.CurateUnlink(unlink, entry, idempotencyId, fingerprint), cancellationToken).ConfigureAwait(false);
            return result.Records.Count == 0
                ? CurationPlanner.Refused(curation, CurationState.Empty, entry.At)
                : entry with { Sequence = result.Records[0]["sequence"].GetInt64() };
        }

        return entry;
    }

    /// <summary>What the planner needs to know of the curation's subject: one read request.</summary>
    private async Task<CurationState> StateOfAsync(Curation curation, CancellationToken cancellationToken)
    {
        switch (curation.Action)
        {
            case CurationAction.UpsertEntity or CurationAction.DeleteEntity:
                return new CurationState { Entity = (await GetEntitiesAsync([curation.Subject], cancellationToken).ConfigureAwait(false))[0] };
            case CurationAction.Link when curation.Relationship is { } relationship:
            {
                var ends = await GetEntitiesAsync([relationship.From, relationship.To], cancellationToken).ConfigureAwait(false);
                var stored = ends[0] is null ? null : await StoredRelationshipAsync(relationship, cancellationToken).ConfigureAwait(false);
                return new CurationState { Relationship = stored, FromKind = ends[0]?.Kind, ToKind = ends[1]?.Kind };
            }

            case CurationAction.Unlink when curation.Relationship is { } relationship:
                return new CurationState { Relationship = await StoredRelationshipAsync(relationship, cancellationToken).ConfigureAwait(false) };
            default:
                return CurationState.Empty;
        }
    }

    /// <summary>The stored relationship of the same kind between the same entities, with its provenance; null when there is none.</summary>
    private async Task<Relationship?> StoredRelationshipAsync(Relationship relationship, CancellationToken cancellationToken)
    {
        var related = await GetRelatedAsync([relationship.From], new RelationFilter(Direction.Outgoing) { Kinds = [relationship.Kind] }, cancellationToken).ConfigureAwait(false);
        return related[0].Select(r => r.Relationship).FirstOrDefault(r => string.Equals(r.To, relationship.To, StringComparison.Ordinal));
    }

    public async Task<IReadOnlyList<AuditEntry>> GetAuditTrailAsync(AuditQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var result = await ReadAsync(CypherStatements.AuditTrail(query), cancellationToken).ConfigureAwait(false);
        return result.Records.Select(r => ReadAuditEntry(r["entry"])).ToList();
    }

    public async Task<IReadOnlyList<AuditEntry>> GetChangesAsync(ChangeQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Check();
        var result = await ReadAsync(CypherStatements.Changes(query), cancellationToken).ConfigureAwait(false);
        return result.Records.Select(r => ReadAuditEntry(r["entry"])).ToList();
    }

    private static AuditEntry ReadAuditEntry(System.Text.Json.JsonElement e)
    {
        string? Text(string name) => e.TryGetProperty(name, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.String ? v.GetString() : null;
        return new AuditEntry(
            e.GetProperty("sequence").GetInt64(),
            DateTimeOffset.Parse(Text("at")!, System.Globalization.CultureInfo.InvariantCulture),
            Text("actor")!,
            Enum.Parse<CurationAction>(Text("action")!),
            Text("subject")!)
        {
            Version = e.TryGetProperty("version", out var v) && v.ValueKind == System.Text.Json.JsonValueKind.Number ? v.GetInt64() : null,
            Before = Text("before"),
            After = Text("after"),
        };
    }

    /// <summary>Runs a conditional curation; no row back means another writer got there first, and the planner says what that means now.</summary>
    private async Task<AuditEntry> AppliedAsync(CypherQuery query, Curation curation, AuditEntry entry, CancellationToken cancellationToken)
    {
        var result = await WriteAsync(query, cancellationToken).ConfigureAwait(false);
        if (result.Records.Count > 0)
        {
            // The version the statement wrote under the lock, which an unconditional write may find moved on since the read.
            var version = result.Records[0]["version"];
            return entry with
            {
                Sequence = result.Records[0]["sequence"].GetInt64(),
                Version = version.ValueKind == JsonValueKind.Number ? version.GetInt64() : entry.Version,
            };
        }

        return CurationPlanner.Refused(curation, await StateOfAsync(curation, cancellationToken).ConfigureAwait(false), entry.At);
    }

    /// <summary>One level of a walk: for each frontier entity in order, its relationships of the kinds to entities not yet reached.</summary>
    private async Task<IReadOnlyList<IReadOnlyList<RelatedEntity>>> ExpandAsync(IReadOnlyList<string> frontier, IEnumerable<string> reached, IEnumerable<RelationshipKind> kinds, CancellationToken cancellationToken)
    {
        var result = await ReadAsync(CypherStatements.Expand(frontier, reached, kinds), cancellationToken).ConfigureAwait(false);
        var bySource = result.Records
            .Select(r => (Source: r["source"].GetString()!, Hop: Hop(r, "source")))
            .Where(p => p.Hop is not null)
            .GroupBy(p => p.Source, p => p.Hop!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        return frontier.Select(id => (IReadOnlyList<RelatedEntity>)(bySource.GetValueOrDefault(id) ?? [])).ToList();
    }

    private Task<Neo4jResult> ReadAsync(CypherQuery query, CancellationToken cancellationToken) =>
        _client.RunAsync(query, Neo4jAccessMode.Read, cancellationToken);

    /// <summary>Every write of the graph goes through here, and moves the graph's version in the same statement.</summary>
    private Task<Neo4jResult> WriteAsync(CypherQuery query, CancellationToken cancellationToken) =>
        _client.RunAsync(CypherStatements.BumpingGraphVersion(query), Neo4jAccessMode.Write, cancellationToken);

    /// <summary>A keyed curation: its statement is idempotent, since the unique id refuses a second entry under the key.</summary>
    private sealed record Keyed(string Id, string Fingerprint);

    /// <summary>The relationship in a row with <c>type</c>, <c>outgoing</c>, <c>provenance</c>, <c>reasoning</c> and <c>other</c>, seen from the row's <paramref name="idField"/>; null for a foreign relationship type.</summary>
    private static RelatedEntity? Hop(Neo4jRecord record, string idField = "id")
    {
        if (!_kindsByType.TryGetValue(record["type"].GetString()!, out var kind))
        {
            return null;
        }

        var self = record[idField].GetString()!;
        var other = EntityProperties.FromJson(record["other"]);
        var outgoing = record["outgoing"].GetBoolean();
        var relationship = outgoing ? new Relationship(self, kind, other.Id) : new Relationship(other.Id, kind, self);
        return new RelatedEntity(
            relationship with { Provenance = EntityProperties.ReadProvenance(record["provenance"]), Reasoning = EntityProperties.ReadReasoning(record["reasoning"]) },
            outgoing ? Direction.Outgoing : Direction.Incoming,
            other);
    }
}
