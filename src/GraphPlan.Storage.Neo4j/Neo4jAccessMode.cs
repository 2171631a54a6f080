namespace GraphPlan.Storage.Neo4j;

/// <summary>The Query API's <c>accessMode</c>: reads may be routed to any member of a cluster.</summary>
public enum Neo4jAccessMode
{
    Read,
    Write,
}
