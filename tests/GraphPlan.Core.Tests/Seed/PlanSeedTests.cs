using GraphPlan.Core.Graph;
using GraphPlan.Core.Seed;
using GraphPlan.Testing;

namespace GraphPlan.Core.Tests.Seed;

/// <summary>The committed seed itself: it loads, and every fact in it is traced to the plan text.</summary>
public sealed class PlanSeedTests
{
    private static readonly Lazy<SeedSet> _seed = new(() => SeedLoader.Load(RepositoryPaths.Seed));

    [Fact]
    public void The_seed_loads_without_problems()
    {
        var (_, errors) = SeedLoader.Read(RepositoryPaths.Seed);

        Assert.Empty(errors);
    }

    [Fact]
    public void Every_quote_that_is_not_external_occurs_verbatim_in_the_plan_text()
    {
        var text = File.ReadAllText(RepositoryPaths.PlanText);
        var graph = _seed.Value.Graph;
        var quotes = graph.Entities.SelectMany(e => e.Provenance.Select(p => (e.Id, p)))
            .Concat(graph.Relationships.SelectMany(r => r.Provenance.Select(p => (r.Id, p))))
            .Where(x => x.p.Basis != Basis.External)
            .ToList();

        Assert.NotEmpty(quotes);
        Assert.All(quotes, x => Assert.True(text.Contains(x.p.Quote, StringComparison.Ordinal), $"{x.Id}: \"{x.p.Quote}\""));
    }

    [Fact]
    public void Every_entity_has_an_english_name_and_provenance()
    {
        Assert.All(_seed.Value.Graph.Entities, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.NameEn), e.Id);
            Assert.NotEmpty(e.Provenance);
        });
    }

    [Fact]
    public void The_plan_has_ten_chapters_and_every_section_is_part_of_one()
    {
        var graph = _seed.Value.Graph;
        var chapters = graph.Entities.Where(e => e.Kind == EntityKind.Chapter).ToList();
        var sections = graph.Entities.Where(e => e.Kind == EntityKind.Section).ToList();
        var partOf = graph.Relationships.Where(r => r.Kind == RelationshipKind.PartOf).ToLookup(r => r.From);

        Assert.Equal(10, chapters.Count);
        Assert.All(sections, s => Assert.Contains(partOf[s.Id], r => r.To.StartsWith("chapter:", StringComparison.Ordinal)));
        Assert.Equal(6, sections.Count(s => s.Attribute("headingInferred") == "true"));
    }
}
