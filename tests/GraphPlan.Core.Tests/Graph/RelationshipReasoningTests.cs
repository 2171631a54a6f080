using GraphPlan.Core.Graph;
using GraphPlan.Core.Seed;
using GraphPlan.Testing;

namespace GraphPlan.Core.Tests.Graph;

/// <summary>The reasoning an inferred link must give, as the seed validator and every store's writes check it.</summary>
public sealed class RelationshipReasoningTests
{
    private static Relationship Inferred(string? reasoning) =>
        new(SampleGraph.Station, RelationshipKind.Supports, SampleGraph.Target)
        {
            Provenance = [new Provenance(SampleGraph.Section, "建设氢能提纯、氢能装备制造、加氢站、氢能运用等项目", Basis.Inferred)],
            Reasoning = reasoning,
        };

    [Fact]
    public void An_inferred_link_with_a_short_reasoning_is_well_formed()
    {
        Assert.Empty(EntityRules.Check(Inferred("the plan lists 加氢站 among the hydrogen projects (§3.2); their output is the hydrogen target"), EntityKind.Project, EntityKind.Target));
    }

    [Fact]
    public void An_inferred_link_without_reasoning_is_refused()
    {
        var problems = EntityRules.Check(Inferred(null), EntityKind.Project, EntityKind.Target);

        Assert.Contains(problems, p => p.Contains("needs a reasoning", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_reasoning_is_refused(string reasoning)
    {
        var problems = EntityRules.Check(Inferred(reasoning), EntityKind.Project, EntityKind.Target);

        Assert.Contains(problems, p => p.Contains("reasoning is empty", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reasoning_longer_than_a_sentence_is_refused()
    {
        var problems = EntityRules.Check(Inferred(new string('x', EntityRules.MaxReasoningLength + 1)), EntityKind.Project, EntityKind.Target);

        Assert.Contains(problems, p => p.Contains($"at most {EntityRules.MaxReasoningLength}", StringComparison.Ordinal));
    }

    [Fact]
    public void A_stated_link_needs_no_reasoning_and_may_still_give_one()
    {
        var stated = SampleGraph.Link(SampleGraph.Station, RelationshipKind.Supports, SampleGraph.Target);

        Assert.Empty(EntityRules.Check(stated, EntityKind.Project, EntityKind.Target));
        Assert.Empty(EntityRules.Check(stated with { Reasoning = "the sentence names both" }, EntityKind.Project, EntityKind.Target));
    }

    [Fact]
    public void The_seed_loader_reads_the_reasoning_and_refuses_an_inferred_link_without_one()
    {
        var folder = Directory.CreateTempSubdirectory("graphplan-seed-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, SeedLoader.SourceFolder));
            File.WriteAllText(Path.Combine(folder.FullName, SeedLoader.SourceFolder, "plan.txt"), "建设加氢站。氢能产业产值力争突破100亿元。");
            File.WriteAllText(Path.Combine(folder.FullName, "seed.yaml"), """
                entities:
                  - {id: section:3.2, kind: Section, name: 大力发展先进制造业, nameEn: Advanced manufacturing, provenance: [{section: section:3.2, quote: 建设加氢站}]}
                  - {id: project:station, kind: Project, name: 加氢站, nameEn: Stations, provenance: [{section: section:3.2, quote: 建设加氢站}]}
                  - {id: target:h2, kind: Target, name: 氢能产业产值力争突破100亿元, nameEn: H2 target, values: [{year: 2025, role: target, value: 100, text: 突破100亿元}], provenance: [{section: section:3.2, quote: 氢能产业产值力争突破100亿元}]}
                relationships:
                  - {from: project:station, type: SUPPORTS, to: target:h2, provenance: [{section: section:3.2, quote: 建设加氢站, basis: Inferred}], reasoning: "stations are hydrogen projects; the target is their output"}
                  - {from: project:station, type: HAS_TARGET, to: target:h2, provenance: [{section: section:3.2, quote: 建设加氢站, basis: Inferred}]}
                """);

            var (set, errors) = SeedLoader.Read(folder.FullName);

            Assert.Equal("stations are hydrogen projects; the target is their output", set.Graph.Relationships.Single(r => r.Kind == RelationshipKind.Supports).Reasoning);
            var error = Assert.Single(errors);
            Assert.Contains("HAS_TARGET", error.Entry, StringComparison.Ordinal);
            Assert.Contains("needs a reasoning", error.Problem, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
