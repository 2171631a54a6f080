using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using GraphPlan.Testing;

namespace GraphPlan.Core.Tests.Store;

/// <summary>
/// A small graph for the walk rules, whose answers are worked out by hand in the tests. From the target: project:z
/// SUPPORTS it, industry:a and industry:b have it (HAS_TARGET) and so does goal:g (not an owner); project:x belongs to
/// both industries; platform:p focuses on industry:b and hosts project:w. The link from industry:a is only inferred.
/// </summary>
internal static class WalkGraph
{
    public const string Target = "target:t";
    public const string Z = "project:z";
    public const string A = "industry:a";
    public const string B = "industry:b";
    public const string G = "goal:g";
    public const string X = "project:x";
    public const string P = "platform:p";
    public const string W = "project:w";

    public static GraphData Create() => new(
        [
            SampleGraph.Entity(Target, EntityKind.Target, "目标", "Target"),
            SampleGraph.Entity(Z, EntityKind.Project, "项目Z", "Project Z"),
            SampleGraph.Entity(A, EntityKind.Industry, "产业A", "Industry A"),
            SampleGraph.Entity(B, EntityKind.Industry, "产业B", "Industry B"),
            SampleGraph.Entity(G, EntityKind.Goal, "目标G", "Goal G"),
            SampleGraph.Entity(X, EntityKind.Project, "项目X", "Project X"),
            SampleGraph.Entity(P, EntityKind.Platform, "平台P", "Platform P"),
            SampleGraph.Entity(W, EntityKind.Project, "项目W", "Project W"),
        ],
        [
            SampleGraph.Link(W, RelationshipKind.HostedOn, P),
            SampleGraph.Link(P, RelationshipKind.FocusesOn, B),
            SampleGraph.Link(X, RelationshipKind.BelongsToIndustry, B),
            SampleGraph.Link(X, RelationshipKind.BelongsToIndustry, A),
            SampleGraph.Link(G, RelationshipKind.HasTarget, Target),
            SampleGraph.Link(B, RelationshipKind.HasTarget, Target),
            new Relationship(A, RelationshipKind.HasTarget, Target) { Provenance = [SampleGraph.Cite() with { Basis = Basis.Inferred }], Reasoning = "the test infers it" },
            SampleGraph.Link(Z, RelationshipKind.Supports, Target),
        ]);

    public static GraphDataLevels Levels() => new(Create());
}
