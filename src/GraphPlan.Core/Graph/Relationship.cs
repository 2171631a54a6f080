namespace GraphPlan.Core.Graph;

/// <summary>A directed, typed edge between two entities, with the text that justifies it.</summary>
public sealed record Relationship(string From, RelationshipKind Kind, string To)
{
    public IReadOnlyList<Provenance> Provenance { get; init; } = [];

    /// <summary>Stable id, derived from the endpoints and the kind: at most one edge of a kind joins two entities.</summary>
    public string Id => $"{From}-{GraphNames.Of(Kind)}->{To}";
}
