namespace GraphPlan.Storage.Neo4j;

/// <summary>
/// Neo4j could not be reached or could not serve the request for now: connection refused, timeout, HTTP 5xx or
/// a <c>Neo.TransientError.*</c> code. These are retried (writes only when <see cref="NotApplied"/>, or idempotent);
/// this is what remains when the retries ran out.
/// </summary>
public sealed class Neo4jUnavailableException : Neo4jException
{
    /// <summary>
    /// True when the statement provably changed nothing: no connection was ever made, or Neo4j answered with a
    /// transient error (its transaction was rolled back). False when the outcome is unknown (a timeout, a dropped
    /// connection, a bare 5xx): the write may have committed.
    /// </summary>
    public bool NotApplied { get; init; }

    public Neo4jUnavailableException(string message, string? code = null, Exception? innerException = null)
        : base(message, code, innerException)
    {
    }

    public Neo4jUnavailableException()
        : base("Neo4j is unavailable.")
    {
    }

    public Neo4jUnavailableException(string message)
        : base(message)
    {
    }

    public Neo4jUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
