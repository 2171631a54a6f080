using GraphPlan.Core.Store;

namespace GraphPlan.Storage.Neo4j;

/// <summary>Neo4j refused or failed a request; <see cref="Code"/> is Neo4j's status code when it sent one.</summary>
public class Neo4jException : GraphStoreException
{
    public Neo4jException(string message, string? code = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    public Neo4jException()
        : this("Neo4j failed the request.")
    {
    }

    public Neo4jException(string message)
        : this(message, null, null)
    {
    }

    public Neo4jException(string message, Exception innerException)
        : this(message, null, innerException)
    {
    }

    /// <summary>e.g. <c>Neo.ClientError.Statement.SyntaxError</c>; null when the failure never reached Neo4j.</summary>
    public string? Code { get; }
}
