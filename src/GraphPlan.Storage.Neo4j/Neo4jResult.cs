namespace GraphPlan.Storage.Neo4j;

/// <summary>What a statement returned: the field names and one record per row.</summary>
public sealed record Neo4jResult(IReadOnlyList<string> Fields, IReadOnlyList<Neo4jRecord> Records)
{
    public Neo4jRecord Single() => Records.Count == 1
        ? Records[0]
        : throw new Neo4jException($"expected one row from Neo4j, got {Records.Count}");
}
