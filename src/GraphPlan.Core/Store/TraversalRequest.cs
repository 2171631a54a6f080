using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>A bounded breadth-first walk from one entity.</summary>
public sealed record TraversalRequest(string StartId, IReadOnlyList<TraversalStep> Steps, int MaxDepth)
{
    public const int DepthLimit = 6;

    /// <summary>Stop after this many entities have been listed; the result says it was truncated.</summary>
    public int MaxResults { get; init; } = 500;

    /// <summary>Steps allowed only from the start entity (e.g. from a goal to its targets).</summary>
    public IReadOnlyList<TraversalStep> InitialSteps { get; init; } = [];

    /// <summary>
    /// Only list entities of these kinds (empty: every kind). The walk still goes through the others, and
    /// <see cref="MaxResults"/> and the truncation count the listed entities only.
    /// </summary>
    public IReadOnlyList<EntityKind> Listed { get; init; } = [];

    /// <summary>Whether an entity of this kind belongs in the result.</summary>
    public bool Lists(EntityKind kind) => Listed.Count == 0 || Listed.Contains(kind);

    /// <summary>Only follow relationships whose basis is at least this strong (see <see cref="Evidence"/>); null follows all.</summary>
    public Basis? MinBasis { get; init; }
}
