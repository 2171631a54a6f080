namespace GraphPlan.Core.Store;

/// <summary>
/// Which recorded changes to read for a change feed: those after a sequence number, oldest first, at most
/// <see cref="Limit"/>. A follower passes the sequence of the last change it saw, so it misses none and sees none twice.
/// </summary>
public sealed record ChangeQuery
{
    /// <summary>The largest page a store returns.</summary>
    public const int MaxLimit = 500;

    /// <summary>Only changes with a larger sequence number; 0 reads from the first.</summary>
    public long After { get; init; }

    public int Limit { get; init; } = 100;

    /// <summary>Throws when the query is out of range, before a store reads anything.</summary>
    public void Check()
    {
        if (After < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(After), After, "a change sequence is never negative");
        }

        if (Limit is < 1 or > MaxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(Limit), Limit, $"a page of changes holds 1 to {MaxLimit}");
        }
    }
}
