using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>
/// The one contract every graph store keeps. Reads take lists of ids so a GraphQL level costs one call,
/// whatever the number of parents; writes are validated and durable before they return.
/// </summary>
public interface IGraphStore
{
    /// <summary>The entities with these ids, in the same order; null where no entity has the id.</summary>
    Task<IReadOnlyList<Entity?>> GetEntitiesAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken = default);

    /// <summary>A page of entities matching the query, and how many match in all.</summary>
    Task<EntityPage> FindEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default);

    /// <summary>For each id, its relationships that pass the filter together with the entity at the other end.</summary>
    Task<IReadOnlyList<IReadOnlyList<RelatedEntity>>> GetRelatedAsync(IReadOnlyList<string> ids, RelationFilter filter, CancellationToken cancellationToken = default);

    /// <summary>Every entity reachable from the start through the allowed steps, each with one shortest path to it, as <see cref="TraversalWalk"/> defines.</summary>
    Task<TraversalResult> TraverseAsync(TraversalRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Paths from one entity to another (shortest, or every simple path within the hop limit), over the allowed
    /// relationship kinds, direction and evidence, fewest hops first and bounded in number; as <see cref="PathSearch"/> defines.
    /// An unknown end is an <see cref="EntityNotFoundException"/>.
    /// </summary>
    Task<TraversalResult> FindPathsAsync(PathRequest request, CancellationToken cancellationToken = default);

    /// <summary>The entities within a number of hops of the start, and every relationship among them, as <see cref="NeighborhoodWalk"/> defines.</summary>
    Task<Subgraph> GetNeighborhoodAsync(NeighborhoodRequest request, CancellationToken cancellationToken = default);

    Task<GraphStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// A number that moves forward with every write (upsert, delete, link, unlink, import, curation) once the write is
    /// visible to reads, so two reads under the same number see the same graph; whole answers may be cached under it. It
    /// may also move when a write changed nothing, never the other way, and it starts from the clock when the store (or
    /// its counter) is new, so a number from before a restart or a reset is not handed out again for a different graph.
    /// </summary>
    Task<long> GetGraphVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>Everything in the store, for export.</summary>
    Task<GraphData> ExportAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Creates or replaces an entity; an unchanged one keeps its version (<see cref="EntityVersions.Rewritten"/>).
    /// Throws <see cref="GraphValidationException"/> when it is malformed.
    /// </summary>
    Task UpsertEntityAsync(Entity entity, CancellationToken cancellationToken = default);

    /// <summary>Deletes an entity and its relationships; false when there was none.</summary>
    Task<bool> DeleteEntityAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Creates or replaces the relationship. Both ends must exist and the kinds must fit.</summary>
    Task LinkAsync(Relationship relationship, CancellationToken cancellationToken = default);

    /// <summary>Removes the relationship; false when there was none.</summary>
    Task<bool> UnlinkAsync(string from, RelationshipKind kind, string to, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes a whole graph at once, checked first as <see cref="ImportValidation"/> defines; importing the same graph twice leaves one copy, and an entity whose
    /// content did not change (<see cref="ContentFingerprint.Of(Entity)"/>) keeps its version.
    /// </summary>
    Task ImportAsync(GraphData graph, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies one curator's change as <see cref="CurationPlanner"/> plans it, validated like the other writes, refused with <see cref="VersionConflictException"/>
    /// when it names a stale version, and recorded in the audit trail in the same durable write.
    /// Deleting or unlinking what does not exist changes nothing and records nothing (the entry's sequence is 0).
    /// A curation whose <see cref="Curation.IdempotencyKey"/> the actor already used returns the recorded entry and writes nothing;
    /// when the key was used for a different change (another <see cref="ContentFingerprint.Of(Curation)"/>) it throws
    /// <see cref="IdempotencyKeyReusedException"/> and writes nothing.
    /// </summary>
    Task<AuditEntry> CurateAsync(Curation curation, CancellationToken cancellationToken = default);

    /// <summary>The audit trail, newest first.</summary>
    Task<IReadOnlyList<AuditEntry>> GetAuditTrailAsync(AuditQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The change feed: recorded curations with a sequence above <see cref="ChangeQuery.After"/>, oldest first, at most
    /// <see cref="ChangeQuery.Limit"/>. Sequences are committed in order, so reading again from the last one seen
    /// misses nothing and repeats nothing.
    /// </summary>
    Task<IReadOnlyList<AuditEntry>> GetChangesAsync(ChangeQuery query, CancellationToken cancellationToken = default);

    /// <summary>How many entities match (or how many of their relationships there are), by group: most first, ties by key (ordinal), the null group last.</summary>
    Task<IReadOnlyList<CountGroup>> CountAsync(CountQuery query, CancellationToken cancellationToken = default);

    /// <summary>Count, sum, minimum, maximum and average of the matching entities' numeric values, by unit, year and role (in that order).</summary>
    Task<IReadOnlyList<ValueSummary>> SummarizeValuesAsync(ValueSummaryQuery query, CancellationToken cancellationToken = default);

    /// <summary>The matching entities ranked by their number of relationships, most first, ties by id; entities without any are left out.</summary>
    Task<IReadOnlyList<EntityDegree>> RankByDegreeAsync(DegreeQuery query, CancellationToken cancellationToken = default);
}
