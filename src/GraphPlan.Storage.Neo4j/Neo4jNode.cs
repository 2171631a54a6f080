namespace GraphPlan.Storage.Neo4j;

/// <summary>A node as the Query API returns it (plain or typed JSON), with its properties decoded.</summary>
public sealed record Neo4jNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);
