namespace GraphPlan.Storage.Neo4j;

/// <summary>Neo4j could not parse a statement: a bug in this adapter, never the caller's input (inputs are parameters).</summary>
public sealed class Neo4jSyntaxException : Neo4jException
{
    public Neo4jSyntaxException(string message, string? code = null)
        : base(message, code)
    {
    }

    public Neo4jSyntaxException()
        : base("Neo4j could not parse the statement.")
    {
    }

    public Neo4jSyntaxException(string message)
        : base(message)
    {
    }

    public Neo4jSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
