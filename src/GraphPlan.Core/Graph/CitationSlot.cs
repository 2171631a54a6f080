namespace GraphPlan.Core.Graph;

/// <summary>
/// How an entity or a relationship holds its citations: a lone citation as itself, any other list as given. Most
/// relationships cite one sentence of their own, and at a million entities the one-element lists around them were
/// 81 MB of a 1 GB heap; a reader of a lone citation gets a new one-element list instead (32 bytes that die young).
/// </summary>
internal static class CitationSlot
{
    public static object? Hold(IReadOnlyList<Provenance>? citations) => citations is [var alone] ? alone : citations;

    public static IReadOnlyList<Provenance> Read(object? slot) => slot is Provenance alone ? [alone] : (IReadOnlyList<Provenance>)slot!;

    /// <summary>The strongest basis among the citations (<see cref="Basis.Inferred"/> when there are none), without a list.</summary>
    public static Basis Strongest(object? slot)
    {
        if (slot is Provenance alone)
        {
            return alone.Basis;
        }

        var citations = (IReadOnlyList<Provenance>)slot!;
        if (citations.Count == 0)
        {
            return Basis.Inferred;
        }

        var strongest = citations[0].Basis;
        for (var i = 1; i < citations.Count; i++)
        {
            strongest = citations[i].Basis < strongest ? citations[i].Basis : strongest;
        }

        return strongest;
    }
}
