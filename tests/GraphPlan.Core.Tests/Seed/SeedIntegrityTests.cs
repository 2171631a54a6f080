using GraphPlan.Core.Graph;
using GraphPlan.Core.Seed;
using GraphPlan.Testing;

namespace GraphPlan.Core.Tests.Seed;

/// <summary>The seed as a whole: ids are unique and stable, every relationship joins two entities, every fact is traced.</summary>
public sealed class SeedIntegrityTests
{
    private static readonly Lazy<SeedSet> _seed = new(() => SeedLoader.Load(RepositoryPaths.Seed));

    /// <summary>Ids other code, tests and clients rely on: never rename or remove one of these.</summary>
    public static TheoryData<string> StableIds => new(
        "plan:jiaxing-port-14th-fyp",
        "chapter:1", "chapter:2", "chapter:3", "chapter:4", "chapter:5", "chapter:6", "chapter:7", "chapter:8", "chapter:9", "chapter:10",
        "section:1.1", "section:2.3", "section:3.2", "section:3.3", "section:3.4", "section:4.1", "section:4.2", "section:4.3", "section:4.4", "section:9.2",
        "indicator:container-throughput", "indicator:hydrogen-output", "indicator:aerospace-output",
        "industry:hydrogen", "industry:aerospace-high-end-equipment", "industry:green-chemical-new-materials",
        "organization:tsinghua-yangtze-delta-institute",
        "platform:lingang-modern-equipment-aerospace-park", "platform:yangtze-delta-hydrogen-pilot-zone",
        "project:hydrogen-purification", "project:hydrogen-equipment-manufacturing", "project:hydrogen-refuelling-stations",
        "project:hydrogen-application", "project:commercial-liquid-hydrogen-plant", "project:casc-ruihuatai-polymer-materials",
        "project:landspace-jiaxing-centre",
        "target:hydrogen-output-2025", "target:aerospace-output-2025", "target:container-throughput-2025",
        "indicator:gdp", "indicator:service-sector-value-added", "indicator:rd-expenditure-ratio", "indicator:good-air-days-ratio",
        "indicator:pm25-concentration", "indicator:green-chemical-output",
        "target:gdp-2025", "target:green-chemical-output-2025", "target:gdp-doubling-2035", "target:income-doubling-2035",
        "goal:three-ports-one-city", "goal:vision-2035", "goal:high-quality-development", "goal:deeper-opening-up",
        "goal:better-urban-quality", "goal:improving-eco-environment", "goal:improving-livelihood", "goal:modern-governance",
        "platform:jiaxing-comprehensive-bonded-zone", "platform:china-jiaxing-chemical-new-materials-park",
        "platform:hangzhou-bay-new-economy-park", "platform:zhejiang-ftz-jiaxing-linkage-zone", "platform:jiaxing-g60-corridor",
        "project:sanjiang-jiahua-eo-eg-park", "project:csei-east-china-demo-base",
        "place:jiaxing-port-area", "place:zhapu-port-area", "organization:pinghu-no2-hospital", "measure:first-priority-strategy");

    [Theory]
    [MemberData(nameof(StableIds))]
    public void A_stable_id_is_still_in_the_seed(string id) =>
        Assert.Contains(_seed.Value.Graph.Entities, e => e.Id == id);

    [Fact]
    public void Entity_and_relationship_ids_are_unique()
    {
        var graph = _seed.Value.Graph;

        Assert.Empty(graph.Entities.GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(graph.Relationships.GroupBy(r => r.Id).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void Every_relationship_joins_two_entities_of_the_seed()
    {
        var ids = _seed.Value.Graph.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);

        Assert.All(_seed.Value.Graph.Relationships, r =>
        {
            Assert.Contains(r.From, ids);
            Assert.Contains(r.To, ids);
            Assert.NotEmpty(r.Provenance);
        });
    }

    [Fact]
    public void Every_entity_has_a_chinese_and_an_english_name_and_provenance()
    {
        Assert.All(_seed.Value.Graph.Entities, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Name), e.Id);
            Assert.False(string.IsNullOrWhiteSpace(e.NameEn), e.Id);
            Assert.NotEmpty(e.Provenance);
            Assert.All(e.Provenance, p => Assert.False(string.IsNullOrWhiteSpace(p.Section), e.Id));
        });
    }

    [Fact]
    public void Provenance_names_a_plan_chapter_or_section_of_the_seed()
    {
        var structure = _seed.Value.Graph.Entities
            .Where(e => e.Kind is EntityKind.Plan or EntityKind.Chapter or EntityKind.Section)
            .Select(e => e.Id)
            .ToHashSet(StringComparer.Ordinal);
        var cited = _seed.Value.Graph.Entities.SelectMany(e => e.Provenance.Select(p => (e.Id, p.Section)))
            .Concat(_seed.Value.Graph.Relationships.SelectMany(r => r.Provenance.Select(p => (r.Id, p.Section))));

        Assert.All(cited, c => Assert.True(structure.Contains(c.Section), $"{c.Id}: {c.Section}"));
    }

    [Fact]
    public void Every_target_is_measured_by_exactly_one_indicator_and_has_an_owner()
    {
        var graph = _seed.Value.Graph;
        var targets = graph.Entities.Where(e => e.Kind == EntityKind.Target).ToList();

        Assert.True(targets.Count >= 25, $"only {targets.Count} targets");
        Assert.All(targets, t =>
        {
            Assert.Single(graph.Relationships, r => r.From == t.Id && r.Kind == RelationshipKind.MeasuredBy);
            Assert.Contains(graph.Relationships, r => r.To == t.Id && r.Kind == RelationshipKind.HasTarget);
            Assert.NotEmpty(t.Values);
        });
    }

    [Fact]
    public void The_plan_has_six_main_goals_a_vision_and_a_positioning()
    {
        var goals = _seed.Value.Graph.Entities.Where(e => e.Kind == EntityKind.Goal).ToList();

        Assert.Equal(6, goals.Count(g => g.Attribute("goalType") == "main" && g.Provenance.Any(p => p.Quote.StartsWith("——", StringComparison.Ordinal))));
        Assert.Contains(goals, g => g.Attribute("goalType") == "vision" && g.Attribute("horizon") == "2035");
        Assert.Contains(goals, g => g.Attribute("goalType") == "positioning" && g.Name == "三港一城");
    }

    [Fact]
    public void Aliases_name_the_bonded_zone_and_the_new_economy_park_as_the_text_does()
    {
        var byId = _seed.Value.Graph.Entities.ToDictionary(e => e.Id);

        Assert.Contains("综保区", byId["platform:jiaxing-comprehensive-bonded-zone"].Aliases);
        Assert.Contains("嘉兴综保区", byId["platform:jiaxing-comprehensive-bonded-zone"].Aliases);
        Assert.Contains("新经济园", byId["platform:hangzhou-bay-new-economy-park"].Aliases);
    }

    [Fact]
    public void Industry_segments_belong_to_a_sector_or_core_industry()
    {
        var graph = _seed.Value.Graph;
        var byId = graph.Entities.ToDictionary(e => e.Id);
        var segments = graph.Entities.Where(e => e.Kind == EntityKind.Industry && e.Attribute("level") == "segment").ToList();

        Assert.True(segments.Count >= 40, $"only {segments.Count} segments");
        Assert.All(segments, s => Assert.Contains(graph.Relationships, r =>
            r.From == s.Id && r.Kind == RelationshipKind.PartOf && byId[r.To].Kind == EntityKind.Industry
            && byId[r.To].Attribute("level") is "sector" or "core" or "context"));
    }

    [Fact]
    public void Counts_by_kind_are_plausible()
    {
        var counts = _seed.Value.Graph.Entities.GroupBy(e => e.Kind).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(1, counts[EntityKind.Plan]);
        Assert.True(counts[EntityKind.Indicator] >= 51, "every table row plus the prose indicators");
        Assert.True(counts[EntityKind.Industry] >= 60);
        Assert.True(counts[EntityKind.Project] >= 80);
        Assert.True(counts[EntityKind.Platform] >= 50);
        Assert.True(counts[EntityKind.Organization] >= 10);
        Assert.True(counts[EntityKind.Place] >= 30);
        Assert.True(counts[EntityKind.Measure] >= 50);
        Assert.True(_seed.Value.Graph.Relationships.Count >= 400);
    }
}
