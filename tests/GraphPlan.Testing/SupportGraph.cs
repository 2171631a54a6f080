using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;

namespace GraphPlan.Testing;

/// <summary>
/// A hand-made graph with every relationship kind the supporters walk follows, each met first at a known depth,
/// and relationships it must not follow (a goal's HAS_TARGET, a section's PART_OF, MEASURED_BY, LOCATED_IN).
/// <see cref="ExpectedDepths"/> is worked out by hand from the schema's definition, not by running a walk.
/// </summary>
public static class SupportGraph
{
    public const string Target = "target:fuel-cell-output-2025";
    public const string Goal = "goal:clean-energy-hub";

    /// <summary>The supporters of <see cref="Target"/> and their depths, from the definition.</summary>
    public static IReadOnlyDictionary<string, int> ExpectedDepths { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["project:stack-line"] = 1, // SUPPORTS the target
        ["industry:hydrogen"] = 1, // HAS_TARGET (an industry owns it)
        ["measure:subsidy"] = 2, // SUPPORTS a supporter
        ["industry:fuel-cells"] = 2, // PART_OF a supporter
        ["platform:hydrogen-park"] = 2, // FOCUSES_ON a supporter
        ["project:membrane-plant"] = 3, // BELONGS_TO_INDUSTRY a supporter
        ["project:park-utilities"] = 3, // HOSTED_ON a supporter
        ["project:membrane-phase-2"] = 4, // PART_OF a supporter, one level further
    };

    public static GraphData Create()
    {
        Entity Make(string id, EntityKind kind, string name, string nameEn) => SampleGraph.Entity(id, kind, name, nameEn);
        Relationship Link(string from, RelationshipKind kind, string to) => SampleGraph.Link(from, kind, to);
        return new(
            [
                Make(SampleGraph.Section, EntityKind.Section, "大力发展先进制造业", "Vigorously develop advanced manufacturing"),
                Make("chapter:three", EntityKind.Chapter, "第三章", "Chapter three"),
                Make(Goal, EntityKind.Goal, "清洁能源枢纽", "Clean energy hub"),
                Make(Target, EntityKind.Target, "燃料电池产值", "Fuel-cell output") with
                {
                    Values = [new Measurement { Year = 2025, Role = ValueRole.Target, Text = "50亿元", Value = 50m, Unit = "亿元" }],
                },
                Make("indicator:fuel-cell-output", EntityKind.Indicator, "燃料电池产值", "Fuel-cell output"),
                Make("industry:hydrogen", EntityKind.Industry, "氢能", "Hydrogen energy"),
                Make("industry:fuel-cells", EntityKind.Industry, "燃料电池", "Fuel cells"),
                Make("platform:hydrogen-park", EntityKind.Platform, "氢能产业园", "Hydrogen park"),
                Make("project:stack-line", EntityKind.Project, "电堆产线", "Stack line"),
                Make("project:membrane-plant", EntityKind.Project, "膜电极工厂", "Membrane plant"),
                Make("project:membrane-phase-2", EntityKind.Project, "膜电极二期", "Membrane plant phase 2"),
                Make("project:park-utilities", EntityKind.Project, "园区公用工程", "Park utilities"),
                Make("measure:subsidy", EntityKind.Measure, "加氢补贴", "Refuelling subsidy"),
                Make("place:zhapu", EntityKind.Place, "乍浦镇", "Zhapu Town"),
            ],
            [
                Link("project:stack-line", RelationshipKind.Supports, Target),
                Link("industry:hydrogen", RelationshipKind.HasTarget, Target),
                Link(Goal, RelationshipKind.HasTarget, Target),
                Link(Target, RelationshipKind.MeasuredBy, "indicator:fuel-cell-output"),
                Link("measure:subsidy", RelationshipKind.Supports, "project:stack-line"),
                Link("industry:fuel-cells", RelationshipKind.PartOf, "industry:hydrogen"),
                Link("platform:hydrogen-park", RelationshipKind.FocusesOn, "industry:hydrogen"),
                Link("project:membrane-plant", RelationshipKind.BelongsToIndustry, "industry:fuel-cells"),
                Link("project:park-utilities", RelationshipKind.HostedOn, "platform:hydrogen-park"),
                Link("project:membrane-phase-2", RelationshipKind.PartOf, "project:membrane-plant"),
                Link(SampleGraph.Section, RelationshipKind.PartOf, "chapter:three"),
                Link("chapter:three", RelationshipKind.PartOf, "industry:hydrogen"),
                Link("project:stack-line", RelationshipKind.LocatedIn, "place:zhapu"),
            ]);
    }
}
