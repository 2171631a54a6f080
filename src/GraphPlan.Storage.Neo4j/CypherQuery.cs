namespace GraphPlan.Storage.Neo4j;

/// <summary>One Cypher statement with its parameters. Inputs only ever travel in <see cref="Parameters"/>.</summary>
public sealed record CypherQuery(string Name, string Text, IReadOnlyDictionary<string, object?> Parameters);
