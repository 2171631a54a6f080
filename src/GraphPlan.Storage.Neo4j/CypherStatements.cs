using System.Globalization;
using System.Text;
using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;

namespace GraphPlan.Storage.Neo4j;

/// <summary>
/// Every statement the adapter sends. Labels, relationship types and sort keys are written into the text only
/// from the closed enums; everything that comes from a caller is a <c>$parameter</c>. <see cref="All"/> lists
/// each distinct text (one per enum combination that changes it) with realistic parameters, for linting.
/// </summary>
public static partial class CypherStatements
{
    public const string ConstraintName = "graphplan_entity_id";
    public const string KindIndexName = "graphplan_entity_kind";
    /// <summary>Names, aliases, English names and provenance quotes, analysed by Neo4j's <c>cjk</c> analyzer.</summary>
    public const string FullTextIndexName = "graphplan_entity_search";

    /// <summary>The index of names only that earlier versions created; dropped so it is not maintained for nothing.</summary>
    public const string FormerFullTextIndexName = "graphplan_entity_text";
    public const string CounterConstraintName = "graphplan_counter_name";

    public const string AuditSequenceIndexName = "graphplan_audit_sequence";

    private const string Node = EntityProperties.Projection;

    private static readonly IReadOnlyDictionary<string, object?> _none = new Dictionary<string, object?>();

    /// <summary>The body of the entity import after its <c>UNWIND … AS row</c> line; shared with <see cref="CypherScriptWriter"/>.</summary>
    internal static string UpsertEntitiesBody { get; } = BuildUpsertEntitiesBody();

    /// <summary>The body of the relationship import after its <c>UNWIND … AS row</c> line.</summary>
    internal static string LinkRelationshipsBody { get; } = BuildLinkRelationshipsBody();

    public static IReadOnlyList<CypherQuery> All => [.. Samples()];

    public static CypherQuery Ping() => new("ping", "RETURN 1 AS ok", _none);

    /// <summary>Idempotent schema: uniqueness of ids, an index on kind, a CJK full-text index; then waits for them to be online.</summary>
    public static IReadOnlyList<CypherQuery> Schema() =>
    [
        new("schema.constraint", $"CREATE CONSTRAINT {ConstraintName} IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE", _none),
        new("schema.kind-index", $"CREATE INDEX {KindIndexName} IF NOT EXISTS FOR (n:Entity) ON (n.kind)", _none),
        new("schema.drop-former-full-text-index", $"DROP INDEX {FormerFullTextIndexName} IF EXISTS", _none),
        new(
            "schema.full-text-index",
            $"CREATE FULLTEXT INDEX {FullTextIndexName} IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases, n.nameEn, n.quotes] OPTIONS {{indexConfig: {{`fulltext.analyzer`: 'cjk'}}}}",
            _none),
        new("schema.audit-idempotency", "CREATE CONSTRAINT graphplan_audit_idempotency IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.idempotencyId IS UNIQUE", _none),
        // Without it, concurrent first curations could each MERGE a counter of their own and number entries twice.
        // The change feed reads audit entries by a range of sequence numbers.
        new("schema.audit-sequence-index", $"CREATE INDEX {AuditSequenceIndexName} IF NOT EXISTS FOR (a:AuditEntry) ON (a.sequence)", _none),
        new("schema.audit-counter", $"CREATE CONSTRAINT {CounterConstraintName} IF NOT EXISTS FOR (c:GraphPlanCounter) REQUIRE c.name IS UNIQUE", _none),
        AwaitIndexes(TimeSpan.FromSeconds(300)),
    ];

    /// <summary>Waits until every index is online, at most <paramref name="wait"/> (the server fails the call after it).</summary>
    public static CypherQuery AwaitIndexes(TimeSpan wait) => new(
        "schema.await-indexes",
        // A literal (from a number, never from text) so the parameter-free script of CypherScriptWriter can run it too.
        string.Create(CultureInfo.InvariantCulture, $"CALL db.awaitIndexes({(long)Math.Max(1, Math.Ceiling(wait.TotalSeconds))})"),
        _none);

    public static CypherQuery GetEntities(IReadOnlyList<string> ids) => new(
        "entities.get",
        $"""
        MATCH (n:Entity)
        WHERE n.id IN $ids
        RETURN n {Node} AS entity
        """,
        Parameters(("ids", ids.Distinct(StringComparer.Ordinal).ToList())));

    public static CypherQuery FindEntities(EntityQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Where is not null || query.Sort.Count > 0 || query.OrderBy is EntityOrder.Attribute or EntityOrder.Value)
        {
            return FindFiltered(query);
        }

        var key = query.OrderBy switch
        {
            EntityOrder.Name => "n.name",
            EntityOrder.NameEn => "n.nameEn",
            EntityOrder.Kind => "n.kind",
            _ => "n.id",
        };
        var direction = query.Descending ? "DESC" : "ASC";
        return new(
            $"entities.find.{query.OrderBy}.{direction}".ToLowerInvariant(),
            $"""
            MATCH (n:Entity)
            WHERE (size($kinds) = 0 OR n.kind IN $kinds)
              AND all(pair IN $attributes WHERE pair IN n.attributePairs)
              AND ($search IS NULL OR any(term IN n.searchText WHERE term CONTAINS $search))
            WITH n
            ORDER BY {key} {direction}, n.id {direction}
            WITH collect(n) AS matches
            RETURN size(matches) AS total, [m IN matches[$offset..($offset + $limit)] | m {Node}] AS items
            """,
            Parameters(
                ("kinds", query.Kinds.Distinct().Select(GraphNames.Of).ToList()),
                ("attributes", query.Attributes.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => EntityProperties.AttributePair(p.Key, p.Value)).ToList()),
                ("search", string.IsNullOrEmpty(query.Search) ? null : EntityProperties.SearchKey(query.Search)),
                ("offset", Math.Max(0, query.Offset)),
                ("limit", Math.Max(0, query.Limit))));
    }

    public static CypherQuery Related(IReadOnlyList<string> ids, RelationFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var pattern = filter.Direction switch
        {
            Direction.Outgoing => "(n:Entity)-[r]->(o:Entity)",
            Direction.Incoming => "(n:Entity)<-[r]-(o:Entity)",
            _ => "(n:Entity)-[r]-(o:Entity)",
        };
        return new(
            $"related.{filter.Direction}".ToLowerInvariant(),
            $"""
            MATCH {pattern}
            WHERE n.id IN $ids
              AND (size($types) = 0 OR type(r) IN $types)
              AND (size($otherKinds) = 0 OR o.kind IN $otherKinds)
            RETURN n.id AS id, type(r) AS type, startNode(r) = n AS outgoing, r.provenance AS provenance, r.reasoning AS reasoning, o {Node} AS other
            """,
            Parameters(
                ("ids", ids.Distinct(StringComparer.Ordinal).ToList()),
                ("types", filter.Kinds.Distinct().Select(GraphNames.Of).ToList()),
                ("otherKinds", filter.OtherKinds.Distinct().Select(GraphNames.Of).ToList())));
    }

    /// <summary>One breadth-first level: every relationship of the frontier (of the given types) to an entity not yet visited.</summary>
    public static CypherQuery Expand(IReadOnlyList<string> frontier, IEnumerable<string> visited, IEnumerable<RelationshipKind> kinds) => new(
        "traversal.expand",
        $"""
        UNWIND $frontier AS sourceId
        MATCH (n:Entity {"{"}id: sourceId{"}"})-[r]-(o:Entity)
        WHERE (size($types) = 0 OR type(r) IN $types)
          AND NOT o.id IN $visited
        RETURN sourceId AS source, type(r) AS type, startNode(r) = n AS outgoing, r.provenance AS provenance, r.reasoning AS reasoning, o {Node} AS other
        """,
        Parameters(
            ("frontier", frontier.ToList()),
            ("visited", visited.ToList()),
            ("types", kinds.Distinct().Select(GraphNames.Of).ToList())));

    /// <summary>Every relationship (of the given types) whose two ends are both among the ids.</summary>
    public static CypherQuery EdgesAmong(IReadOnlyList<string> ids, IEnumerable<RelationshipKind> kinds) => new(
        "neighborhood.edges",
        """
        MATCH (a:Entity)-[r]->(b:Entity)
        WHERE a.id IN $ids AND b.id IN $ids
          AND (size($types) = 0 OR type(r) IN $types)
        RETURN a.id AS source, type(r) AS type, b.id AS target, r.provenance AS provenance, r.reasoning AS reasoning
        """,
        Parameters(
            ("ids", ids.ToList()),
            ("types", kinds.Distinct().Select(GraphNames.Of).ToList())));

    /// <summary>Rows a path statement returns at most; a result that long may have left paths out.</summary>
    public const int MaxPathRows = 10_000;

    /// <summary>
    /// Paths between two entities: <c>allShortestPaths</c>, or a variable-length pattern kept to simple paths. The hop
    /// limit is written into the text (Cypher takes no parameter there) from a checked integer; the direction picks the
    /// arrow; kinds and evidence are parameters checked on every relationship. The evidence check reads the basis
    /// tokens of the provenance JSON (<see cref="BasisToken"/>); a relationship without provenance counts as inferred.
    /// </summary>
    public static CypherQuery Paths(PathRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var hops = request.MaxHops is >= 1 and <= PathRequest.HopLimit ? request.MaxHops : throw new ArgumentOutOfRangeException(nameof(request));
        var (left, right) = request.Direction switch
        {
            Direction.Outgoing => ("-", "->"),
            Direction.Incoming => ("<-", "-"),
            _ => ("-", "-"),
        };
        var match = request.Mode == PathMode.Shortest
            ? $"MATCH (a:Entity {{id: $from}})\nMATCH (b:Entity {{id: $to}})\nMATCH p = allShortestPaths((a){left}[rels*..{hops}]{right}(b))"
            : $"MATCH p = (a:Entity {{id: $from}}){left}[rels*1..{hops}]{right}(b:Entity {{id: $to}})";
        var simple = request.Mode == PathMode.Shortest ? "" : "\n  AND all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))";
        var admitted = request.MinBasis is { } least ? Enum.GetValues<Basis>().Where(b => b <= least).ToList() : [];
        return new(
            $"paths.{request.Mode}.{request.Direction}.{hops}".ToLowerInvariant(),
            $$"""
            {{match}}
            WHERE all(r IN rels WHERE (size($types) = 0 OR type(r) IN $types)
                AND (size($bases) = 0 OR any(token IN $bases WHERE r.provenance CONTAINS token) OR ($unsourced AND coalesce(r.provenance, '[]') = '[]'))){{simple}}
            RETURN [n IN nodes(p) | n {{Node}}] AS nodes,
                   [r IN relationships(p) | {type: type(r), source: startNode(r).id, provenance: r.provenance, reasoning: r.reasoning}] AS hops
            LIMIT $limit
            """,
            Parameters(
                ("from", request.FromId),
                ("to", request.ToId),
                ("types", request.Kinds.Distinct().Select(GraphNames.Of).ToList()),
                ("bases", admitted.Select(BasisToken).ToList()),
                ("unsourced", admitted.Contains(Basis.Inferred)),
                ("limit", MaxPathRows)));
    }

    /// <summary>How a basis appears in the provenance JSON stored on a relationship.</summary>
    public static string BasisToken(Basis basis) => $"\"basis\":\"{basis}\"";

    public static CypherQuery Statistics() => new(
        "statistics",
        """
        OPTIONAL MATCH (n:Entity)
        WITH n.kind AS kind, count(n) AS entities
        WITH collect(CASE WHEN kind IS NULL THEN null ELSE {kind: kind, count: entities} END) AS byKind
        OPTIONAL MATCH (:Entity)-[r]->(:Entity)
        WITH byKind, type(r) AS relType, count(r) AS relationships
        RETURN byKind, collect(CASE WHEN relType IS NULL THEN null ELSE {type: relType, count: relationships} END) AS byType
        """,
        _none);

    public static CypherQuery Export() => new(
        "export",
        $"""
        MATCH (n:Entity)
        WITH collect(n {Node}) AS entities
        OPTIONAL MATCH (a:Entity)-[r]->(b:Entity)
        RETURN entities, collect(CASE WHEN r IS NULL THEN null ELSE {"{"}source: a.id, type: type(r), target: b.id, provenance: r.provenance, reasoning: r.reasoning{"}"} END) AS relationships
        """,
        _none);

    /// <summary>Creates or replaces entities (all properties replaced) and gives each the label of its kind.</summary>
    public static CypherQuery UpsertEntities(IEnumerable<Entity> entities) => new(
        "entities.upsert",
        "UNWIND $rows AS row\n" + UpsertEntitiesBody,
        Parameters(("rows", entities.Select(EntityProperties.Row).ToList())))
    {
        Idempotent = true,
    };

    /// <summary>Creates or replaces relationships between existing entities; <c>linked</c> counts the rows whose two ends exist.</summary>
    public static CypherQuery LinkRelationships(IEnumerable<Relationship> relationships) => new(
        "relationships.link",
        "UNWIND $rows AS row\n" + LinkRelationshipsBody,
        Parameters(("rows", relationships.Select(RelationshipRow).ToList())))
    {
        Idempotent = true,
    };

    /// <summary>The graph's version (<see cref="GraphPlan.Core.Store.IGraphStore.GetGraphVersionAsync"/>): 0 until the first write.</summary>
    public static CypherQuery GraphVersion() => new(
        "graph.version",
        "OPTIONAL MATCH (v:GraphPlanCounter {name: 'graph'})\nRETURN coalesce(v.value, 0) AS version",
        _none);

    /// <summary>
    /// The write with the graph's version moved in the same statement (so in the same transaction): the version node is
    /// locked and bumped first, then the write runs unchanged; every write of <see cref="Neo4jGraphStore"/> is sent so,
    /// and the catalogue (<see cref="All"/>) lists the writes as sent. A new counter starts from the clock (microseconds), so a
    /// number from before a reset is not reused. Moving it when the write changes nothing is harmless.
    /// </summary>
    public static CypherQuery BumpingGraphVersion(CypherQuery write) => write with
    {
        Text = GraphVersionBump + "\nWITH graphVersion\n" + write.Text,
    };

    /// <summary>Moves the graph's version (see <see cref="BumpingGraphVersion"/>); also the last statement of a written script.</summary>
    public const string GraphVersionBump = "MERGE (graphVersion:GraphPlanCounter {name: 'graph'})\nSET graphVersion.value = coalesce(graphVersion.value, timestamp() * 1000) + 1";

    public static CypherQuery DeleteEntity(string id) => new(
        "entities.delete",
        """
        MATCH (n:Entity {id: $id})
        DETACH DELETE n
        RETURN count(*) AS deleted
        """,
        Parameters(("id", id)));

    public static CypherQuery Unlink(string from, RelationshipKind kind, string to) => new(
        "relationships.unlink",
        """
        MATCH (:Entity {id: $source})-[r]->(:Entity {id: $target})
        WHERE type(r) = $type
        DELETE r
        RETURN count(*) AS deleted
        """,
        Parameters(("source", from), ("type", GraphNames.Of(kind)), ("target", to)));

    /// <summary>
    /// A curator's upsert: written only when the entity is still at <c>$expected</c> (or <c>$expected</c> is null),
    /// with its audit entry in the same statement. No row back means the version moved on. The node's write lock is
    /// taken before its version is read (Neo4j's documented cure for lost updates under read-committed isolation:
    /// <c>SET n._lock = true</c> first), so two curators from the same version cannot both win; a node another
    /// writer creates meanwhile is matched by MERGE (unique id) and checked again under its lock.
    /// </summary>
    public static CypherQuery CurateUpsert(Entity entity, long? expected, AuditEntry audit, string? idempotencyId = null, string? fingerprint = null) => new(
        "curation.upsert",
        "WITH $row AS row\n"
        + "OPTIONAL MATCH (existing:Entity {id: row.id})\n"
        + Lock("existing")
        + "WITH row, existing\n"
        + "WHERE $expected IS NULL OR coalesce(existing.version, 0) = $expected\n"
        + "MERGE (n:Entity {id: row.id})\n"
        + Lock("n")
        + "WITH n, row, coalesce(n.version, 0) AS current\n"
        + "WHERE $expected IS NULL OR current = $expected\n"
        + "SET n = row.props, n.version = current + 1\n"
        + KindLabels
        + "WITH current + 1 AS version\n"
        + AppendAudit,
        AuditParameters(audit, idempotencyId, fingerprint, ("row", EntityProperties.Row(entity)), ("expected", expected)))
    {
        Idempotent = idempotencyId is not null,
    };

    /// <summary>A curator's delete, conditional on the version like <see cref="CurateUpsert"/>, read under the node's write lock.</summary>
    public static CypherQuery CurateDelete(string id, long? expected, AuditEntry audit, string? idempotencyId = null, string? fingerprint = null) => new(
        "curation.delete",
        "MATCH (n:Entity {id: $id})\n"
        + Lock("n")
        + "WITH n\n"
        + "WHERE $expected IS NULL OR coalesce(n.version, 0) = $expected\n"
        + "DETACH DELETE n\n"
        + "WITH null AS version\n"
        + AppendAudit,
        AuditParameters(audit, idempotencyId, fingerprint, ("id", id), ("expected", expected)))
    {
        Idempotent = idempotencyId is not null,
    };

    /// <summary>A curator's link with its audit entry; no row back means an end is missing.</summary>
    public static CypherQuery CurateLink(Relationship relationship, AuditEntry audit, string? idempotencyId = null, string? fingerprint = null) => new(
        "curation.link",
        "WITH $row AS row\n"
        + LinkRelationshipsBody.Replace("RETURN count(*) AS linked", "WITH null AS version\n", StringComparison.Ordinal)
        + AppendAudit,
        AuditParameters(audit, idempotencyId, fingerprint, ("row", RelationshipRow(relationship))))
    {
        Idempotent = idempotencyId is not null,
    };

    /// <summary>A curator's unlink with its audit entry; no row back means there was no such relationship.</summary>
    public static CypherQuery CurateUnlink(Relationship relationship, AuditEntry audit, string? idempotencyId = null, string? fingerprint = null) => new(
        "curation.unlink",
        """
        MATCH (:Entity {id: $source})-[r]->(:Entity {id: $target})
        WHERE type(r) = $type
        DELETE r
        WITH null AS version

        """ + AppendAudit,
        AuditParameters(audit, idempotencyId, fingerprint, ("source", relationship.From), ("type", GraphNames.Of(relationship.Kind)), ("target", relationship.To)))
    {
        Idempotent = idempotencyId is not null,
    };

    /// <summary>The audit trail, newest first.</summary>
    public static CypherQuery AuditTrail(AuditQuery query) => new(
        "audit.read",
        """
        MATCH (a:AuditEntry)
        WHERE ($subject IS NULL OR a.subject = $subject) AND ($actor IS NULL OR a.actor = $actor) AND ($before IS NULL OR a.sequence < $before)
        RETURN a {.sequence, .at, .actor, .action, .subject, .version, .before, .after} AS entry
        ORDER BY a.sequence DESC
        LIMIT $limit
        """,
        Parameters(("subject", query.Subject), ("actor", query.Actor), ("before", query.Before), ("limit", query.Limit)));

    /// <summary>The change feed: audit entries after a sequence number, oldest first (the sequence index serves the range).</summary>
    public static CypherQuery Changes(ChangeQuery query) => new(
        "audit.changes",
        """
        MATCH (a:AuditEntry)
        WHERE a.sequence > $after
        RETURN a {.sequence, .at, .actor, .action, .subject, .version, .before, .after} AS entry
        ORDER BY a.sequence
        LIMIT $limit
        """,
        Parameters(("after", query.After), ("limit", query.Limit)));

    /// <summary>Removes every entity and relationship of the graph (for tests and a reset).</summary>
    public static CypherQuery DeleteAll() => new("delete-all", "MATCH (n:Entity) DETACH DELETE n", _none);

    /// <summary>Removes the audit trail and its counter, so numbering starts again at 1 (for tests and a reset).</summary>
    public static CypherQuery DeleteAuditTrail() => new("delete-audit", "MATCH (n) WHERE n:AuditEntry OR n:GraphPlanCounter DETACH DELETE n", _none);

    /// <summary>
    /// Candidates for a search from the full-text index, best first; <paramref name="luceneQuery"/> is Lucene syntax built
    /// by <see cref="Neo4jSearchQuery"/> from analysed terms, never user text. Kinds filter the candidates.
    /// </summary>
    public static CypherQuery FullTextSearch(string luceneQuery, IReadOnlyList<EntityKind> kinds, int limit) => new(
        "entities.full-text",
        $"""
        CALL db.index.fulltext.queryNodes('{FullTextIndexName}', $query, {"{"}limit: $limit{"}"}) YIELD node, score
        WHERE $kinds IS NULL OR node.kind IN $kinds
        RETURN node {Node} AS entity, score
        """,
        Parameters(("query", luceneQuery), ("kinds", kinds.Count == 0 ? null : kinds.Select(GraphNames.Of).ToList()), ("limit", Math.Max(0, limit))));

    internal static Dictionary<string, object?> RelationshipRow(Relationship relationship) => new(StringComparer.Ordinal)
    {
        ["source"] = relationship.From,
        ["type"] = GraphNames.Of(relationship.Kind),
        ["target"] = relationship.To,
        ["provenance"] = EntityProperties.ProvenanceJson(relationship.Provenance),
        ["basis"] = relationship.Provenance.Count == 0 ? null : GraphNames.Of(relationship.Provenance.Min(p => p.Basis)),
        ["reasoning"] = relationship.Reasoning,
    };

    private static IEnumerable<CypherQuery> Samples()
    {
        var entity = new Entity
        {
            Id = "industry:hydrogen",
            Kind = EntityKind.Industry,
            Name = "氢能",
            NameEn = "Hydrogen energy",
            Aliases = ["氢能源"],
            Attributes = new Dictionary<string, string> { ["level"] = "core" },
            Provenance = [new Provenance("section:3.2", "氢能产业")],
        };
        var relationship = new Relationship("project:station", RelationshipKind.BelongsToIndustry, entity.Id) { Provenance = entity.Provenance, Reasoning = "the plan names the station among the hydrogen projects" };
        string[] ids = [entity.Id, "project:station"];

        yield return Ping();
        foreach (var statement in Schema())
        {
            yield return statement;
        }

        yield return GetEntities(ids);
        foreach (var statement in AnalyticsSamples())
        {
            yield return statement;
        }

        foreach (var order in Enum.GetValues<EntityOrder>().Where(o => o is not (EntityOrder.Attribute or EntityOrder.Value)))
        {
            foreach (var descending in new[] { false, true })
            {
                yield return FindEntities(new EntityQuery
                {
                    Kinds = [EntityKind.Industry],
                    Search = "氢",
                    Attributes = new Dictionary<string, string> { ["level"] = "core" },
                    OrderBy = order,
                    Descending = descending,
                });
            }
        }

        foreach (var direction in Enum.GetValues<Direction>())
        {
            yield return Related(ids, new RelationFilter(direction) { Kinds = [RelationshipKind.Supports], OtherKinds = [EntityKind.Project] });
        }

        yield return Expand([entity.Id], ids, [RelationshipKind.Supports, RelationshipKind.HasTarget]);
        foreach (var mode in Enum.GetValues<PathMode>())
        {
            foreach (var direction in Enum.GetValues<Direction>())
            {
                for (var hops = 1; hops <= PathRequest.HopLimit; hops++)
                {
                    yield return Paths(new PathRequest(entity.Id, "project:station", hops) { Mode = mode, Direction = direction, Kinds = [RelationshipKind.Supports], MinBasis = Basis.SameParagraph });
                }
            }
        }

        yield return EdgesAmong(ids, []);
        yield return Statistics();
        yield return Export();
        yield return BumpingGraphVersion(UpsertEntities([entity]));
        yield return BumpingGraphVersion(LinkRelationships([relationship]));
        yield return BumpingGraphVersion(DeleteEntity(entity.Id));
        yield return BumpingGraphVersion(Unlink(relationship.From, relationship.Kind, relationship.To));
        yield return BumpingGraphVersion(DeleteAll());
        yield return DeleteAuditTrail();
        yield return FullTextSearch(Neo4jSearchQuery.Lucene("液氢 plant"), [EntityKind.Project], Neo4jSearchQuery.Candidates);
        var audit = new AuditEntry(0, DateTimeOffset.UnixEpoch, "curator", CurationAction.UpsertEntity, entity.Id) { After = "{}" };
        yield return BumpingGraphVersion(CurateUpsert(entity, 3, audit, IdempotencyId("curator", "k"), "f"));
        yield return BumpingGraphVersion(CurateDelete(entity.Id, null, audit with { Action = CurationAction.DeleteEntity }));
        yield return BumpingGraphVersion(CurateLink(relationship, audit with { Action = CurationAction.Link, Subject = relationship.Id }));
        yield return BumpingGraphVersion(CurateUnlink(relationship, audit with { Action = CurationAction.Unlink, Subject = relationship.Id }));
        yield return AuditTrail(new AuditQuery { Subject = entity.Id, Before = 10 });
        yield return AuditByIdempotencyKey("curator", "retry-1");
        yield return Changes(new ChangeQuery { After = 10, Limit = 100 });
        yield return GraphVersion();
    }

    private static string BuildUpsertEntitiesBody()
    {
        var text = new StringBuilder();
        // An entity whose content fingerprint is unchanged keeps its version, so re-importing a seed changes nothing.
        text.Append("MERGE (n:Entity {id: row.id})\n");
        text.Append("WITH n, row, coalesce(n.version, 0) AS current, coalesce(n.fingerprint = row.props.fingerprint, false) AS unchanged\n");
        text.Append("SET n = row.props, n.version = CASE WHEN unchanged THEN current ELSE current + 1 END\n");
        text.Append(KindLabels);
        text.Append("RETURN count(*) AS written");
        return text.ToString();
    }

    /// <summary>Gives node <c>n</c> the label of <c>row.kind</c>.</summary>
    private static string KindLabels => string.Concat(Enum.GetValues<EntityKind>().Select(kind =>
    {
        var label = Identifier(GraphNames.Of(kind));
        return $"FOREACH (_ IN CASE WHEN row.kind = '{label}' THEN [1] ELSE [] END | SET n:{label})\n";
    }));

    /// <summary>Takes the write lock of a node (a no-op on null) before anything reads it; the marker property is removed at once, the lock is kept to the commit.</summary>
    private static string Lock(string variable) => $"SET {variable}._lock = true\nREMOVE {variable}._lock\n";

    private static string BuildLinkRelationshipsBody()
    {
        var text = new StringBuilder();
        text.Append("MATCH (a:Entity {id: row.source})\n");
        text.Append("MATCH (b:Entity {id: row.target})\n");
        foreach (var kind in Enum.GetValues<RelationshipKind>())
        {
            var type = Identifier(GraphNames.Of(kind));
            text.Append($"FOREACH (_ IN CASE WHEN row.type = '{type}' THEN [1] ELSE [] END | MERGE (a)-[r:{type}]->(b) SET r.provenance = row.provenance, r.basis = row.basis, r.reasoning = row.reasoning)\n");
        }

        text.Append("RETURN count(*) AS linked");
        return text.ToString();
    }

    /// <summary>The tail of every curation statement: the next sequence number from one counter node (Neo4j locks it, so numbers never repeat), then the entry.</summary>
    private const string AppendAudit = """
        MERGE (counter:GraphPlanCounter {name: 'audit'})
        SET counter.value = coalesce(counter.value, 0) + 1
        CREATE (a:AuditEntry {sequence: counter.value, at: $at, actor: $actor, action: $action, subject: $subject, version: version, before: $before, after: $after, idempotencyId: $idempotencyId, fingerprint: $fingerprint})
        RETURN a.sequence AS sequence, version
        """;

    /// <summary>The entry an actor recorded under an idempotency key (actor and key joined, so one unique property covers both).</summary>
    public static CypherQuery AuditByIdempotencyKey(string actor, string key) => new(
        "audit.by-idempotency-key",
        """
        MATCH (a:AuditEntry {idempotencyId: $idempotencyId})
        RETURN a {.sequence, .at, .actor, .action, .subject, .version, .before, .after, .fingerprint} AS entry
        """,
        Parameters(("idempotencyId", IdempotencyId(actor, key))));

    public static string IdempotencyId(string actor, string key) => $"{actor}\n{key}";

    private static Dictionary<string, object?> AuditParameters(AuditEntry audit, string? idempotencyId, string? fingerprint, params (string Name, object? Value)[] more) =>
        Parameters([
            .. more,
            ("at", audit.At.ToString("O", CultureInfo.InvariantCulture)),
            ("actor", audit.Actor),
            ("action", audit.Action.ToString()),
            ("subject", audit.Subject),
            ("before", audit.Before),
            ("after", audit.After),
            ("idempotencyId", idempotencyId),
            ("fingerprint", fingerprint),
        ]);

    /// <summary>Guards the only text that is not a constant: enum names, which must be plain identifiers.</summary>
    private static string Identifier(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? name
            : throw new InvalidOperationException($"'{name}' is not a plain Cypher identifier");

    private static Dictionary<string, object?> Parameters(params (string Name, object? Value)[] parameters) =>
        parameters.ToDictionary(p => p.Name, p => p.Value, StringComparer.Ordinal);
}
