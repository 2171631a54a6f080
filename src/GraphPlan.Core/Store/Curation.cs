using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>
/// One change by a named curator. Entity changes may name the version they were based on; a store refuses them
/// with <see cref="VersionConflictException"/> when the entity has moved on, instead of overwriting silently.
/// </summary>
public sealed record Curation(string Actor, CurationAction Action)
{
    public Entity? Entity { get; init; }

    public string? EntityId { get; init; }

    public Relationship? Relationship { get; init; }

    /// <summary>The version the curator read; null writes whatever the current version is.</summary>
    public long? ExpectedVersion { get; init; }

    /// <summary>
    /// A client's key for this change: a curation whose actor already recorded the key is not applied again,
    /// and the store answers with the entry it recorded then, so a retried request writes once.
    /// </summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>The id of what changes: the entity's, or the relationship's.</summary>
    public string Subject => Action switch
    {
        CurationAction.UpsertEntity => Entity?.Id ?? string.Empty,
        CurationAction.DeleteEntity => EntityId ?? string.Empty,
        _ => Relationship?.Id ?? string.Empty,
    };

    public static Curation Upsert(string actor, Entity entity, long? expectedVersion = null) =>
        new(actor, CurationAction.UpsertEntity) { Entity = entity, ExpectedVersion = expectedVersion };

    public static Curation Delete(string actor, string id, long? expectedVersion = null) =>
        new(actor, CurationAction.DeleteEntity) { EntityId = id, ExpectedVersion = expectedVersion };

    public static Curation Link(string actor, Relationship relationship) =>
        new(actor, CurationAction.Link) { Relationship = relationship };

    public static Curation Unlink(string actor, Relationship relationship) =>
        new(actor, CurationAction.Unlink) { Relationship = relationship };
}
