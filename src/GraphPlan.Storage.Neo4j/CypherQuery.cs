namespace GraphPlan.Storage.Neo4j;

/// <summary>One Cypher statement with its parameters. Inputs only ever travel in <see cref="Parameters"/>.</summary>
public sealed record CypherQuery(string Name, string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    /// <summary>
    /// Running it twice leaves the same state as once (MERGE on unique ids, versions kept for unchanged content),
    /// so a write may be retried even when the first attempt's fate is unknown (a timeout, a dropped response).
    /// </summary>
    public bool Idempotent { get; init; }
}
