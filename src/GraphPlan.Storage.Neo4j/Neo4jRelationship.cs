namespace GraphPlan.Storage.Neo4j;

/// <summary>A relationship as the Query API returns it; its direction is only in the start and end element ids.</summary>
public sealed record Neo4jRelationship(
    string ElementId,
    string StartNodeElementId,
    string EndNodeElementId,
    string Type,
    IReadOnlyDictionary<string, object?> Properties);
