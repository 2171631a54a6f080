using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using GraphPlan.Generation;
using GraphPlan.Storage.Neo4j.Tests.Fakes;
using GraphPlan.Testing;

namespace GraphPlan.Storage.Neo4j.Tests;

/// <summary>
/// Paths, impact and the evidence filter over the Query API, with Neo4j's answers computed from the graph the way
/// the Cypher pattern reads (documented JSON payloads), compared with searches written from the definitions.
/// </summary>
public sealed class Neo4jPathTests : IDisposable
{
    private readonly FakeNeo4jHandler _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task Paths_are_one_parameterized_read_and_agree_with_a_search_from_the_definition()
    {
        var graph = WithBasis(SampleGraph.Create(), SampleGraph.Station, RelationshipKind.Supports, Basis.Inferred);
        var store = StoreOver(graph);
        PathRequest[] requests =
        [
            new(SampleGraph.Plant, SampleGraph.Target, 4),
            new(SampleGraph.Plant, SampleGraph.Target, 4) { Mode = PathMode.AllSimple },
            new(SampleGraph.Plant, SampleGraph.Target, 4) { Mode = PathMode.AllSimple, MinBasis = Basis.Stated },
            new(SampleGraph.Station, SampleGraph.Target, 3) { Mode = PathMode.AllSimple, Direction = Direction.Outgoing },
            new(SampleGraph.Zone, SampleGraph.Target, 5) { Mode = PathMode.AllSimple, Kinds = [RelationshipKind.FocusesOn, RelationshipKind.HasTarget, RelationshipKind.HostedOn, RelationshipKind.Supports] },
            new(SampleGraph.Target, SampleGraph.Plant, 4) { Direction = Direction.Outgoing },
        ];

        foreach (var request in requests)
        {
            var before = _server.Requests.Count;

            var result = await store.FindPathsAsync(request);

            Assert.Equal(ReferencePaths.Find(graph, request), result.Paths.Select(ReferencePaths.Describe).Order(StringComparer.Ordinal));
            Assert.True(result.Paths.Select(p => p.Depth).SequenceEqual(result.Paths.Select(p => p.Depth).Order()), "fewest hops first");
            var sent = _server.Requests.Skip(before).ToList();
            Assert.Equal(2, sent.Count);
            var paths = sent[1];
            Assert.Equal("Read", paths.AccessMode);
            Assert.Equal(request.Mode == PathMode.Shortest, paths.Statement.Contains("allShortestPaths", StringComparison.Ordinal));
            Assert.DoesNotContain(request.FromId, paths.Statement, StringComparison.Ordinal);
            Assert.Equal(request.FromId, paths.Parameters.GetProperty("from").GetString());
            Assert.Equal(request.MinBasis is null ? 0 : (int)request.MinBasis + 1, paths.Parameters.GetProperty("bases").GetArrayLength());
        }
    }

    [Fact]
    public async Task A_path_keeps_each_hops_relationship_direction_and_provenance()
    {
        var path = Assert.Single((await StoreOver(SampleGraph.Create()).FindPathsAsync(new PathRequest(SampleGraph.Zone, SampleGraph.Target, 3) { Kinds = [RelationshipKind.FocusesOn, RelationshipKind.HasTarget] })).Paths);

        Assert.Equal([new Relationship(SampleGraph.Zone, RelationshipKind.FocusesOn, SampleGraph.Hydrogen).Id, new Relationship(SampleGraph.Hydrogen, RelationshipKind.HasTarget, SampleGraph.Target).Id], path.Segments.Select(s => s.Relationship.Id));
        Assert.Equal([Direction.Outgoing, Direction.Outgoing], path.Segments.Select(s => s.Direction));
        Assert.Equal(SampleGraph.Cite(), path.Segments[0].Relationship.Provenance[0]);
        Assert.Equal("氢能", path.Segments[0].Entity.Name);
    }

    [Fact]
    public async Task Unknown_ends_and_bounds_are_refused_before_any_path_statement()
    {
        var store = StoreOver(SampleGraph.Create());

        await Assert.ThrowsAsync<EntityNotFoundException>(() => store.FindPathsAsync(new PathRequest(SampleGraph.Plant, "target:nope", 3)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => store.FindPathsAsync(new PathRequest(SampleGraph.Plant, SampleGraph.Target, 7)));

        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task The_evidence_filter_and_impact_walk_as_the_reference_search_does()
    {
        var graph = WithBasis(PlanGraphGenerator.Generate(300, seed: 3), null, RelationshipKind.Supports, Basis.SameParagraph);
        var store = StoreOver(graph);
        var targets = graph.Entities.Where(e => e.Kind == EntityKind.Target).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var supported = graph.Relationships.First(r => r.Kind == RelationshipKind.Supports && targets.Contains(r.To));
        var (target, project) = (supported.To, supported.From);

        foreach (var request in new[]
        {
            SupportTraversal.For(target, 3) with { MinBasis = Basis.Stated, MaxResults = 10_000 },
            SupportTraversal.For(target, 3) with { MinBasis = Basis.SameParagraph, MaxResults = 10_000 },
            ImpactTraversal.For(project, 4) with { MaxResults = 10_000 },
            ImpactTraversal.For(project, 4) with { MinBasis = Basis.Stated, MaxResults = 10_000 },
        })
        {
            var result = await store.TraverseAsync(request);

            Assert.Equal(ReferenceStepWalk.Depths(graph, request).OrderBy(p => p.Key), result.Paths.ToDictionary(p => p.End.Id, p => p.Depth).OrderBy(p => p.Key));
        }
    }

    [Theory]
    [InlineData(Basis.Stated)]
    [InlineData(Basis.SameParagraph)]
    [InlineData(Basis.Inferred)]
    [InlineData(Basis.External)]
    public void The_basis_token_the_path_statement_looks_for_is_how_provenance_is_stored(Basis basis)
    {
        var stored = EntityProperties.ProvenanceJson([new Provenance("section:3.2", "\"basis\":\"Stated\" 引号", basis, basis == Basis.External ? "统计公报" : null)]);

        Assert.Equal(1, CountOf(stored, CypherStatements.BasisToken(basis)));
        Assert.All(Enum.GetValues<Basis>().Where(b => b != basis), other => Assert.Equal(0, CountOf(stored, CypherStatements.BasisToken(other))));
    }

    private static int CountOf(string text, string token) => text.Split(token).Length - 1;

    /// <summary>The graph with the relationships of a kind (from one entity, or all) cited on a weaker basis.</summary>
    private static GraphData WithBasis(GraphData graph, string? from, RelationshipKind kind, Basis basis) => graph with
    {
        Relationships = graph.Relationships.Select((r, i) => r.Kind == kind && (from is null ? i % 2 == 0 : r.From == from)
            ? r with { Provenance = [.. r.Provenance.Select(p => p with { Basis = basis })] }
            : r).ToList(),
    };

    private Neo4jGraphStore StoreOver(GraphData graph)
    {
        _server.Answer = new GraphAnswers(graph).Answer;
        return TestClients.Store(_server);
    }
}
