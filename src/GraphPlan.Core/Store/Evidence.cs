using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>
/// How well the plan backs a relationship, for the evidence filter of traversals, paths and neighborhoods.
/// Bases are ordered from strongest (<see cref="Basis.Stated"/>) to weakest (<see cref="Basis.External"/>).
/// </summary>
public static class Evidence
{
    /// <summary>
    /// Whether the relationship's strongest basis is at least <paramref name="minBasis"/>: <see cref="Basis.Stated"/>
    /// keeps stated links only, <see cref="Basis.SameParagraph"/> adds same-paragraph links, null keeps everything.
    /// </summary>
    public static bool Admits(Relationship relationship, Basis? minBasis) => minBasis is not { } least || relationship.Basis <= least;
}
