namespace GraphPlan.Core.Graph;

/// <summary>A directed, typed edge between two entities, with the text that justifies it.</summary>
public sealed record Relationship(string From, RelationshipKind Kind, string To)
{
    public IReadOnlyList<Provenance> Provenance { get; init; } = [];

    /// <summary>
    /// Why the link holds, in one short English sentence, when no quote states it: required when the strongest basis
    /// is <see cref="Basis.Inferred"/>, optional otherwise.
    /// </summary>
    public string? Reasoning { get; init; }

    /// <summary>The strongest basis among its citations (<see cref="Basis.Inferred"/> when it cites nothing).</summary>
    public Basis Basis
    {
        get
        {
            if (Provenance.Count == 0)
            {
                return Basis.Inferred;
            }

            var strongest = Provenance[0].Basis;
            for (var i = 1; i < Provenance.Count; i++)
            {
                strongest = Provenance[i].Basis < strongest ? Provenance[i].Basis : strongest;
            }

            return strongest;
        }
    }

    /// <summary>Stable id, derived from the endpoints and the kind: at most one edge of a kind joins two entities.</summary>
    public string Id => string.Concat(From, "-", GraphNames.Of(Kind), "->", To);
}
