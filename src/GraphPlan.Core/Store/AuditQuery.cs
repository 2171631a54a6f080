namespace GraphPlan.Core.Store;

/// <summary>Which audit entries to read: newest first, optionally for one subject or actor, before a sequence number.</summary>
public sealed record AuditQuery
{
    public string? Subject { get; init; }

    public string? Actor { get; init; }

    /// <summary>Only entries older than this sequence number (for paging backwards).</summary>
    public long? Before { get; init; }

    public int Limit { get; init; } = 50;
}
