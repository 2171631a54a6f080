using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;

namespace GraphPlan.Testing;

/// <summary>A small hand-made plan graph whose answers are known, for the store contract tests.</summary>
public static class SampleGraph
{
    public const string Section = "section:3.2";
    public const string Hydrogen = "industry:hydrogen";
    public const string Target = "target:hydrogen-output-2025";
    public const string Indicator = "indicator:hydrogen-output";
    public const string Station = "project:hydrogen-refuelling-stations";
    public const string Plant = "project:liquid-hydrogen-plant";
    public const string Zone = "platform:hydrogen-pilot-zone";
    public const string Goal = "goal:high-quality-development";
    public const string Unrelated = "place:zhapu";

    public static Provenance Cite(string quote = "氢能产业产值力争突破100亿元") => new(Section, quote);

    public static Entity Entity(string id, EntityKind kind, string name, string nameEn, params string[] aliases) => new()
    {
        Id = id,
        Kind = kind,
        Name = name,
        NameEn = nameEn,
        Aliases = aliases,
        Provenance = [Cite()],
    };

    public static Relationship Link(string from, RelationshipKind kind, string to) => new(from, kind, to) { Provenance = [Cite()] };

    public static GraphData Create() => new(
        [
            Entity(Section, EntityKind.Section, "大力发展先进制造业", "Vigorously develop advanced manufacturing") with { Attributes = new Dictionary<string, string> { ["number"] = "3.2", ["headingInferred"] = "false" } },
            Entity(Hydrogen, EntityKind.Industry, "氢能", "Hydrogen energy", "氢能源") with { Attributes = new Dictionary<string, string> { ["level"] = "core" } },
            Entity(Target, EntityKind.Target, "氢能产业产值力争突破100亿元", "Hydrogen output above CNY 10 bn by 2025") with
            {
                Attributes = new Dictionary<string, string> { ["year"] = "2025" },
                Values = [new Measurement { Year = 2025, Role = ValueRole.Target, Text = "突破100亿元", Value = 100m, Unit = "亿元", Qualifier = Qualifier.Exceeds, Aspirational = true }],
            },
            Entity(Indicator, EntityKind.Indicator, "氢能产业产值", "Hydrogen industry output") with { Attributes = new Dictionary<string, string> { ["unit"] = "亿元" } },
            Entity(Station, EntityKind.Project, "加氢站", "Hydrogen refuelling stations") with { Attributes = new Dictionary<string, string> { ["status"] = "planned" } },
            Entity(Plant, EntityKind.Project, "国内首座商用液氢工厂", "First commercial liquid-hydrogen plant") with { Attributes = new Dictionary<string, string> { ["status"] = "operating" } },
            Entity(Zone, EntityKind.Platform, "长三角（嘉兴）氢能产业示范先行区", "YRD (Jiaxing) hydrogen pilot zone"),
            Entity(Goal, EntityKind.Goal, "高质量发展成效显著", "Remarkable results in high-quality development"),
            Entity(Unrelated, EntityKind.Place, "乍浦镇", "Zhapu Town"),
        ],
        [
            Link(Target, RelationshipKind.MeasuredBy, Indicator),
            Link(Hydrogen, RelationshipKind.HasTarget, Target),
            Link(Goal, RelationshipKind.HasTarget, Target),
            Link(Station, RelationshipKind.Supports, Target),
            Link(Station, RelationshipKind.BelongsToIndustry, Hydrogen),
            Link(Plant, RelationshipKind.BelongsToIndustry, Hydrogen),
            Link(Station, RelationshipKind.HostedOn, Zone),
            Link(Zone, RelationshipKind.FocusesOn, Hydrogen),
        ]);
}
