using GraphPlan.Core.Graph;
using GraphPlan.Core.Seed;
using GraphPlan.Testing;
using Xunit.Abstractions;

namespace GraphPlan.Core.Tests.Seed;

/// <summary>Every link earns its place: a cited link's quotes name both its ends, an inferred one says why it holds.</summary>
public sealed class RelationshipEvidenceTests(ITestOutputHelper output)
{
    private const double MinimumBothEndsShare = 0.95;

    private static readonly Lazy<SeedSet> _seed = new(() => SeedLoader.Load(RepositoryPaths.Seed));

    [Fact]
    public void The_quotes_of_stated_and_same_paragraph_relationships_name_both_ends_in_at_least_95_percent_of_the_seed()
    {
        var graph = _seed.Value.Graph;
        var evidence = new RelationshipEvidence(graph, File.ReadAllText(RepositoryPaths.PlanText));
        var cited = RelationshipEvidence.Cited(graph.Relationships).ToList();

        var exceptions = evidence.Exceptions(cited);
        foreach (var r in exceptions)
        {
            output.WriteLine($"{r.Id}: {string.Join(" / ", r.Provenance.Select(p => p.Quote))}");
        }

        var share = (double)(cited.Count - exceptions.Count) / cited.Count;
        output.WriteLine($"both ends named: {cited.Count - exceptions.Count} of {cited.Count} ({share:P1})");
        Assert.True(cited.Count > 400, $"only {cited.Count} stated or same-paragraph relationships");
        Assert.True(share >= MinimumBothEndsShare, $"{share:P1} of the cited relationships name both ends (at least {MinimumBothEndsShare:P0} wanted); exceptions:\n{string.Join("\n", exceptions.Select(r => r.Id))}");
    }

    [Fact]
    public void Every_inferred_relationship_of_the_seed_gives_a_reasoning()
    {
        var inferred = _seed.Value.Graph.Relationships.Where(r => r.Basis == Basis.Inferred).ToList();

        Assert.NotEmpty(inferred);
        Assert.All(inferred, r => Assert.False(string.IsNullOrWhiteSpace(r.Reasoning), r.Id));
    }

    [Fact]
    public void The_hydrogen_stations_reach_the_hydrogen_target_through_links_that_each_show_their_basis()
    {
        var graph = _seed.Value.Graph;
        var evidence = new RelationshipEvidence(graph, File.ReadAllText(RepositoryPaths.PlanText));
        var link = graph.Relationships.Single(r => r.Id == "project:hydrogen-refuelling-stations-SUPPORTS->target:hydrogen-output-2025");

        Assert.True(evidence.NamesBothEnds(link), string.Join(" / ", link.Provenance.Select(p => p.Quote)));
    }

    [Fact]
    public void One_quote_naming_both_ends_by_name_or_alias_is_enough()
    {
        var evidence = new RelationshipEvidence(SampleGraph.Create(), "建设加氢站，打造氢能源示范\n其他段落");
        var link = Link(SampleGraph.Station, SampleGraph.Hydrogen, "建设加氢站，打造氢能源示范");

        Assert.True(evidence.NamesBothEnds(link));
    }

    [Fact]
    public void Two_quotes_count_only_when_they_come_from_the_same_paragraph()
    {
        const string text = "建设加氢站。发展氢能。\n加氢站另一段。\n氢能另一段。";
        var evidence = new RelationshipEvidence(SampleGraph.Create(), text);

        Assert.True(evidence.NamesBothEnds(Link(SampleGraph.Station, SampleGraph.Hydrogen, "建设加氢站", "发展氢能")));
        Assert.False(evidence.NamesBothEnds(Link(SampleGraph.Station, SampleGraph.Hydrogen, "加氢站另一段", "氢能另一段")));
    }

    [Fact]
    public void A_quote_naming_one_end_only_does_not_count_and_is_listed_as_an_exception()
    {
        var evidence = new RelationshipEvidence(SampleGraph.Create(), "全力推进重点项目建设，建设加氢站");
        var link = Link(SampleGraph.Station, SampleGraph.Hydrogen, "全力推进重点项目建设，建设加氢站");

        Assert.False(evidence.NamesBothEnds(link));
        Assert.Equal([link], evidence.Exceptions([link]));
    }

    [Fact]
    public void A_target_is_named_by_its_figure_and_a_section_by_a_quote_cited_from_it()
    {
        var evidence = new RelationshipEvidence(SampleGraph.Create(), "氢能产业产值突破100亿元");

        Assert.True(evidence.NamesBothEnds(Link(SampleGraph.Target, SampleGraph.Indicator, "氢能产业产值突破100亿元")));
        Assert.True(evidence.Names(SampleGraph.Section, new Provenance(SampleGraph.Section, "氢能产业产值突破100亿元")));
        Assert.False(evidence.Names(SampleGraph.Section, new Provenance("section:3.3", "氢能产业产值突破100亿元")));
    }

    [Fact]
    public void Inferred_and_external_links_are_not_held_to_the_both_ends_rule()
    {
        var inferred = new Relationship(SampleGraph.Station, RelationshipKind.Supports, SampleGraph.Target)
        {
            Provenance = [new Provenance(SampleGraph.Section, "全力推进重点项目建设", Basis.Inferred)],
            Reasoning = "the plan lists 加氢站 among the hydrogen projects; the hydrogen target measures their output",
        };

        Assert.Empty(RelationshipEvidence.Cited([inferred]));
    }

    private static Relationship Link(string from, string to, params string[] quotes) =>
        new(from, RelationshipKind.BelongsToIndustry, to) { Provenance = quotes.Select(q => new Provenance(SampleGraph.Section, q)).ToList() };
}
