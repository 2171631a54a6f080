namespace GraphPlan.Core.Store;

/// <summary>A curator wrote from a stale version: the entity changed since they read it.</summary>
public sealed class VersionConflictException(string id, long expected, long actual)
    : Exception($"'{id}' is at version {actual}, not {expected}: it changed since it was read. Read it again and reapply the change.")
{
    public string Id { get; } = id;

    public long Expected { get; } = expected;

    public long Actual { get; } = actual;
}
