namespace GraphPlan.Core.Store;

/// <summary>
/// One recorded write: who, when, what. <see cref="Before"/> and <see cref="After"/> are the entity or relationship
/// as JSON (null where it did not exist); <see cref="Version"/> is the entity's version after the write.
/// </summary>
public sealed record AuditEntry(long Sequence, DateTimeOffset At, string Actor, CurationAction Action, string Subject)
{
    public long? Version { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }
}
