namespace GraphPlan.GraphQL.Changes;

/// <summary>How change-feed streams read the store. Bound from <c>ChangeFeed</c>; the defaults are safe without configuration.</summary>
public sealed class ChangeFeedOptions
{
    public const string Section = "ChangeFeed";

    /// <summary>
    /// How often a stream reads the store even without a signal, so writes by another process (a second API on the
    /// same Neo4j database) still arrive.
    /// </summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Changes read from the store at once.</summary>
    public int PageSize { get; set; } = 100;
}
