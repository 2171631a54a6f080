namespace GraphPlan.Core.Graph;

/// <summary>A directed, typed edge between two entities, with the text that justifies it.</summary>
public sealed record Relationship(string From, RelationshipKind Kind, string To)
{
    private readonly object? _citations = Array.Empty<Provenance>();

    public IReadOnlyList<Provenance> Provenance
    {
        get => CitationSlot.Read(_citations);
        init => _citations = CitationSlot.Hold(value);
    }

    /// <summary>
    /// Why the link holds, in one short English sentence, when no quote states it: required when the strongest basis
    /// is <see cref="Basis.Inferred"/>, optional otherwise.
    /// </summary>
    public string? Reasoning { get; init; }

    /// <summary>The strongest basis among its citations (<see cref="Basis.Inferred"/> when it cites nothing).</summary>
    public Basis Basis => CitationSlot.Strongest(_citations);

    public string Id => string.Concat(From, "-", GraphNames.Of(Kind), "->", To);
}
