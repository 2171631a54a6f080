namespace GraphPlan.Storage.Neo4j;

/// <summary>Where the Neo4j server is and how to talk to it; bound from <see cref="Section"/>.</summary>
public sealed class Neo4jOptions
{
    public const string Section = "Store:Neo4j";

    /// <summary>The server's HTTP address, e.g. <c>http://localhost:7474</c> (the Query API lives under it).</summary>
    public Uri? Uri { get; set; }

    public string Database { get; set; } = "neo4j";

    public string Username { get; set; } = "neo4j";

    public string? Password { get; set; }

    /// <summary>How long one attempt may take; also sent to the server as the transaction's <c>maxExecutionTime</c>.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long schema setup may wait for its indexes to come online (<c>db.awaitIndexes</c>); the request that waits
    /// gets this plus <see cref="Timeout"/>, so the server's own answer arrives before the client gives up.
    /// </summary>
    public TimeSpan SchemaTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Whether requests carry <c>maxExecutionTime</c>. The server rejects fields it does not know, so turn this
    /// off for a server whose Query API predates the field.
    /// </summary>
    public bool SendMaxExecutionTime { get; set; } = true;

    /// <summary>
    /// Retries after a transient failure (unreachable, 5xx, <c>Neo.TransientError.*</c>, timeout); 0 disables them.
    /// A read is retried after any of them; a write only when it cannot have been applied (the connection was never
    /// made, or Neo4j answered with a transient error, which rolls the transaction back) or is idempotent.
    /// </summary>
    public int RetryAttempts { get; set; } = 3;

    /// <summary>The first retry's delay; later ones back off exponentially, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Entities or relationships written per statement by an import.</summary>
    public int ImportBatchSize { get; set; } = 500;

    /// <summary>The Query API endpoint for <see cref="Database"/>.</summary>
    public Uri QueryEndpoint => new(
        RequiredUri,
        $"{RequiredUri.AbsolutePath.TrimEnd('/')}/db/{System.Uri.EscapeDataString(Database)}/query/v2");

    internal Uri RequiredUri => Uri ?? throw new InvalidOperationException(
        $"Neo4j is not configured: set {Section}:Uri (or {Neo4jEnvironment.Uri}), e.g. http://localhost:7474.");
}
