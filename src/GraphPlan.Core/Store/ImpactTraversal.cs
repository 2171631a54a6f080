using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>
/// The mirror of <see cref="SupportTraversal"/>: what a project, platform, industry, organization or measure
/// contributes to, transitively. Every step of the support walk is taken the other way (X reaches Y here exactly
/// when Y reaches X there), and a target leads on to the goals that have it.
/// </summary>
public static class ImpactTraversal
{
    private static readonly EntityKind[] _owners = [EntityKind.Industry, EntityKind.Platform, EntityKind.Project, EntityKind.Measure, EntityKind.Organization];

    public static IReadOnlyList<TraversalStep> Steps { get; } =
    [
        new(RelationshipKind.Supports, Direction.Outgoing),
        new(RelationshipKind.HasTarget, Direction.Outgoing) { From = _owners },
        new(RelationshipKind.HasTarget, Direction.Incoming) { From = [EntityKind.Target], Into = [EntityKind.Goal] },
        new(RelationshipKind.BelongsToIndustry, Direction.Outgoing),
        new(RelationshipKind.FocusesOn, Direction.Outgoing),
        new(RelationshipKind.HostedOn, Direction.Outgoing),
        new(RelationshipKind.PartOf, Direction.Outgoing) { From = [EntityKind.Industry, EntityKind.Platform, EntityKind.Project, EntityKind.Measure] },
    ];

    public static TraversalRequest For(string startId, int maxDepth) => new(startId, Steps, maxDepth);
}
