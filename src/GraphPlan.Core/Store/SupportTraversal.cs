using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>
/// What "X supports a target or goal" means when followed transitively: X supports it, or owns it
/// (an industry, platform or project with the target), or belongs to, focuses on, is hosted on or is part
/// of something that does. From a goal the walk first steps to the goal's own targets.
/// </summary>
public static class SupportTraversal
{
    private static readonly EntityKind[] _owners = [EntityKind.Industry, EntityKind.Platform, EntityKind.Project, EntityKind.Measure, EntityKind.Organization];

    public static IReadOnlyList<TraversalStep> Steps { get; } =
    [
        new(RelationshipKind.Supports, Direction.Incoming),
        new(RelationshipKind.HasTarget, Direction.Incoming) { Into = _owners },
        new(RelationshipKind.BelongsToIndustry, Direction.Incoming),
        new(RelationshipKind.FocusesOn, Direction.Incoming),
        new(RelationshipKind.HostedOn, Direction.Incoming),
        new(RelationshipKind.PartOf, Direction.Incoming) { Into = [EntityKind.Industry, EntityKind.Platform, EntityKind.Project, EntityKind.Measure] },
    ];

    public static IReadOnlyList<TraversalStep> InitialSteps { get; } =
    [
        new(RelationshipKind.HasTarget, Direction.Outgoing) { Into = [EntityKind.Target] },
    ];

    public static TraversalRequest For(string startId, int maxDepth) => new(startId, Steps, maxDepth) { InitialSteps = InitialSteps };
}
