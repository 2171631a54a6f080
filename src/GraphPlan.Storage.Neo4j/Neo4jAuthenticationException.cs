namespace GraphPlan.Storage.Neo4j;

/// <summary>Neo4j refused the configured credentials (HTTP 401 or a <c>Neo.ClientError.Security.*</c> code).</summary>
public sealed class Neo4jAuthenticationException : Neo4jException
{
    public Neo4jAuthenticationException(string message, string? code = null)
        : base(message, code)
    {
    }

    public Neo4jAuthenticationException()
        : base("Neo4j refused the credentials.")
    {
    }

    public Neo4jAuthenticationException(string message)
        : base(message)
    {
    }

    public Neo4jAuthenticationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
