using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>
/// The rules of <see cref="IGraphStore.CurateAsync"/>, written once for every store: a store loads the
/// <see cref="CurationState"/> of the subject, asks for the <see cref="CurationPlan"/>, and writes it (conditionally on
/// <see cref="CurationPlan.ExpectedVersion"/> where others may write meanwhile) with its audit entry.
/// <list type="bullet">
/// <item>A malformed change is refused (<see cref="GraphValidationException"/>) before anything else.</item>
/// <item>An upsert or delete naming a version other than the stored one (0 when there is none) is refused with
/// <see cref="VersionConflictException"/>.</item>
/// <item>An upsert stores the next version; its entry records the entity before and after, and the new version.</item>
/// <item>A delete or unlink of what does not exist changes nothing and records nothing; otherwise its entry records
/// what was stored before.</item>
/// <item>A link records the relationship it replaces (if any) and the new one.</item>
/// </list>
/// </summary>
public static class CurationPlanner
{
    public static CurationPlan Plan(Curation curation, CurationState stored, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(curation);
        ArgumentNullException.ThrowIfNull(stored);
        var entry = new AuditEntry(0, at, curation.Actor, curation.Action, curation.Subject);
        switch (curation.Action)
        {
            case CurationAction.UpsertEntity:
            {
                var entity = curation.Entity ?? throw new GraphValidationException("curation", ["an upsert needs the entity"]);
                GraphValidationException.ThrowIfAny(entity.Id, EntityRules.Check(entity));
                ThrowIfStale(entity.Id, curation.ExpectedVersion, stored.Entity);
                var after = entity with { Version = EntityVersions.Next(stored.Entity) };
                return new CurationPlan(entry with { Version = after.Version, Before = CurationJson.Of(stored.Entity), After = CurationJson.Of(after) })
                {
                    Upsert = after,
                    ExpectedVersion = curation.ExpectedVersion,
                };
            }

            case CurationAction.DeleteEntity:
            {
                var id = curation.EntityId ?? throw new GraphValidationException("curation", ["a delete needs the entity id"]);
                ThrowIfStale(id, curation.ExpectedVersion, stored.Entity);
                return stored.Entity is null
                    ? new CurationPlan(entry)
                    : new CurationPlan(entry with { Before = CurationJson.Of(stored.Entity) }) { Delete = id, ExpectedVersion = curation.ExpectedVersion };
            }

            case CurationAction.Link:
            {
                var relationship = curation.Relationship ?? throw new GraphValidationException("curation", ["a link needs the relationship"]);
                GraphValidationException.ThrowIfAny(relationship.Id, EntityRules.CheckLink(relationship, stored.FromKind, stored.ToKind));
                return new CurationPlan(entry with { Before = CurationJson.Of(stored.Relationship), After = CurationJson.Of(relationship) }) { Link = relationship };
            }

            default:
            {
                var relationship = curation.Relationship ?? throw new GraphValidationException("curation", ["an unlink needs the relationship"]);
                return stored.Relationship is null
                    ? new CurationPlan(entry)
                    : new CurationPlan(entry with { Before = CurationJson.Of(stored.Relationship) }) { Unlink = stored.Relationship };
            }
        }
    }

    /// <summary>
    /// What a store answers when its conditional write found the entity moved on after the plan was made:
    /// planned again against <paramref name="now"/>, a change that has become a no-op (a delete of what another
    /// writer deleted) is that no-op's entry; anything else is a <see cref="VersionConflictException"/>.
    /// </summary>
    public static AuditEntry Refused(Curation curation, CurationState now, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(curation);
        ArgumentNullException.ThrowIfNull(now);
        var again = Plan(curation, now, at);
        return again.ChangesNothing
            ? again.Entry
            : throw new VersionConflictException(curation.Subject, curation.ExpectedVersion ?? (now.Entity?.Version ?? 0), now.Entity?.Version ?? 0);
    }

    /// <summary>
    /// The answer to a curation whose actor already recorded its idempotency key: the recorded entry, when the key was
    /// recorded with the same request (<see cref="ContentFingerprint.Of(Curation)"/>, or no fingerprint from before they
    /// were kept); otherwise an <see cref="IdempotencyKeyReusedException"/>.
    /// </summary>
    public static AuditEntry Replay(Curation curation, AuditEntry recorded, string? recordedFingerprint)
    {
        ArgumentNullException.ThrowIfNull(curation);
        var key = curation.IdempotencyKey ?? throw new ArgumentException("the curation has no idempotency key", nameof(curation));
        return recordedFingerprint is null || recordedFingerprint == ContentFingerprint.Of(curation)
            ? recorded
            : throw new IdempotencyKeyReusedException(key);
    }

    private static void ThrowIfStale(string id, long? expected, Entity? stored)
    {
        var actual = stored?.Version ?? 0;
        if (expected is { } wanted && wanted != actual)
        {
            throw new VersionConflictException(id, wanted, actual);
        }
    }
}
