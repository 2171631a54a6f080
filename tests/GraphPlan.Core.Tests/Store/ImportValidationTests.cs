using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using GraphPlan.Testing;

namespace GraphPlan.Core.Tests.Store;

/// <summary>How every store checks a graph before importing it (<see cref="ImportValidation"/>).</summary>
public sealed class ImportValidationTests
{
    private static readonly Dictionary<string, EntityKind> _nothingStored = [];

    [Fact]
    public void The_sample_graph_is_valid_on_its_own()
    {
        Assert.Empty(ImportValidation.Problems(SampleGraph.Create(), _nothingStored));
        Assert.Empty(ImportValidation.EndsOutside(SampleGraph.Create()));
    }

    [Fact]
    public void A_relationship_may_end_at_a_stored_entity_whose_kind_fits()
    {
        var graph = new GraphData([], [SampleGraph.Link(SampleGraph.Station, RelationshipKind.Supports, SampleGraph.Target)]);
        var stored = new Dictionary<string, EntityKind> { [SampleGraph.Station] = EntityKind.Project, [SampleGraph.Target] = EntityKind.Target };

        Assert.Equal([SampleGraph.Station, SampleGraph.Target], ImportValidation.EndsOutside(graph));
        Assert.Empty(ImportValidation.Problems(graph, stored));
        ImportValidation.ThrowIfInvalid(graph, stored);
    }

    [Fact]
    public void The_graphs_own_kind_of_an_entity_wins_over_the_stored_one()
    {
        var indicator = SampleGraph.Create().Entities.Single(e => e.Id == SampleGraph.Indicator);
        var graph = new GraphData([indicator with { Kind = EntityKind.Project }], [SampleGraph.Link(SampleGraph.Target, RelationshipKind.MeasuredBy, SampleGraph.Indicator)]);
        var stored = new Dictionary<string, EntityKind> { [SampleGraph.Indicator] = EntityKind.Indicator, [SampleGraph.Target] = EntityKind.Target };

        var problems = ImportValidation.Problems(graph, stored);

        Assert.Contains(problems, p => p.Subject == $"{SampleGraph.Target}-MEASURED_BY->{SampleGraph.Indicator}" && p.Problem.Contains("cannot end at a Project", StringComparison.Ordinal));
        Assert.Empty(ImportValidation.Problems(graph with { Entities = [indicator] }, stored));
    }

    [Fact]
    public void Every_problem_is_listed_and_the_import_refused_as_a_whole()
    {
        var graph = SampleGraph.Create();
        var broken = graph with
        {
            Entities = [.. graph.Entities.Select(e => e.Id == SampleGraph.Plant ? e with { Provenance = [] } : e)],
            Relationships = [.. graph.Relationships, SampleGraph.Link(SampleGraph.Station, RelationshipKind.Supports, "target:missing")],
        };

        var problems = ImportValidation.Problems(broken, _nothingStored);
        var error = Assert.Throws<GraphValidationException>(() => ImportValidation.ThrowIfInvalid(broken, _nothingStored));

        Assert.Contains(problems, p => p.Subject == SampleGraph.Plant);
        Assert.Contains(problems, p => p.Subject == $"{SampleGraph.Station}-SUPPORTS->target:missing" && p.Problem.Contains("'target:missing', which is not an entity", StringComparison.Ordinal));
        Assert.Equal("import", error.Subject);
        Assert.Equal(problems.Count, error.Problems.Count);
        Assert.Equal(["target:missing"], ImportValidation.EndsOutside(broken));
    }
}
