using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using GraphPlan.Generation;
using GraphPlan.Storage.Embedded;
using GraphPlan.Storage.Neo4j.Tests.Fakes;
using GraphPlan.Testing;

namespace GraphPlan.Storage.Neo4j.Tests;

/// <summary>
/// The level-by-level traversal and neighborhood, with Neo4j's answers computed from the graph, compared with
/// the embedded store (the reference) and with a plain breadth-first search.
/// </summary>
public sealed class Neo4jTraversalTests : IDisposable
{
    private readonly FakeNeo4jHandler _server = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "graphplan-neo4j-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        _server.Dispose();
        TemporaryFolder.Delete(_folder);
    }

    [Fact]
    public async Task Supporters_are_found_with_a_shortest_path_each_one_request_per_level()
    {
        var store = StoreOver(SampleGraph.Create());

        var result = await store.TraverseAsync(SupportTraversal.For(SampleGraph.Target, 3));

        var byEnd = result.Paths.ToDictionary(p => p.End.Id);
        Assert.Equal(new[] { SampleGraph.Hydrogen, SampleGraph.Plant, SampleGraph.Station, SampleGraph.Zone }.Order(StringComparer.Ordinal), byEnd.Keys.Order(StringComparer.Ordinal));
        var plant = byEnd[SampleGraph.Plant];
        Assert.Equal([RelationshipKind.HasTarget, RelationshipKind.BelongsToIndustry], plant.Segments.Select(s => s.Relationship.Kind));
        Assert.All(plant.Segments, s => Assert.Equal(Direction.Incoming, s.Direction));
        Assert.Equal(SampleGraph.Cite(), plant.Segments[0].Relationship.Provenance[0]);
        Assert.True(result.Paths.Select(p => p.Depth).SequenceEqual(result.Paths.Select(p => p.Depth).Order()), "nearest first");
        Assert.False(result.Truncated);
        Assert.Equal(1 + 3, _server.Requests.Count);
        Assert.All(_server.Requests, r => Assert.Equal("Read", r.AccessMode));
    }

    [Fact]
    public async Task From_a_goal_the_first_step_goes_to_its_targets()
    {
        var result = await StoreOver(SampleGraph.Create()).TraverseAsync(SupportTraversal.For(SampleGraph.Goal, 3));

        var target = Assert.Single(result.Paths, p => p.Depth == 1);
        Assert.Equal(SampleGraph.Target, target.End.Id);
        Assert.Equal(Direction.Outgoing, target.Segments[0].Direction);
        Assert.Contains(result.Paths, p => p.End.Id == SampleGraph.Station && p.Depth == 2);
        Assert.DoesNotContain(result.Paths, p => p.End.Id == SampleGraph.Goal);
    }

    [Fact]
    public async Task Limits_stop_the_walk_and_say_so()
    {
        var store = StoreOver(SampleGraph.Create());

        var shallow = await store.TraverseAsync(SupportTraversal.For(SampleGraph.Target, 1));
        var limited = await store.TraverseAsync(SupportTraversal.For(SampleGraph.Target, 3) with { MaxResults = 2 });

        Assert.Equal(new[] { SampleGraph.Hydrogen, SampleGraph.Station }.Order(StringComparer.Ordinal), shallow.Paths.Select(p => p.End.Id).Order(StringComparer.Ordinal));
        Assert.Equal(2, limited.Paths.Count);
        Assert.True(limited.Truncated);
    }

    [Fact]
    public async Task An_unknown_start_says_so()
    {
        var error = await Assert.ThrowsAsync<EntityNotFoundException>(() => StoreOver(SampleGraph.Create()).TraverseAsync(SupportTraversal.For("target:nope", 2)));

        Assert.Equal("target:nope", error.Id);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_neighborhood_holds_the_nodes_within_reach_and_every_edge_among_them()
    {
        var store = StoreOver(SampleGraph.Create());

        var one = await store.GetNeighborhoodAsync(new NeighborhoodRequest(SampleGraph.Station, 1));
        var two = await store.GetNeighborhoodAsync(new NeighborhoodRequest(SampleGraph.Station, 2));
        var capped = await store.GetNeighborhoodAsync(new NeighborhoodRequest(SampleGraph.Hydrogen, 2) { MaxNodes = 3 });

        Assert.Equal(SampleGraph.Station, one.Nodes[0].Id);
        Assert.Equal(4, one.Nodes.Count);
        Assert.Equal(5, one.Edges.Count);
        Assert.Equal(7, two.Nodes.Count);
        Assert.Equal(SampleGraph.Create().Relationships.Count, two.Edges.Count);
        Assert.Equal(3, capped.Nodes.Count);
        Assert.True(capped.Truncated);
    }

    [Theory]
    [InlineData(1, 4)]
    [InlineData(7, 6)]
    [InlineData(42, 3)]
    public async Task Traversals_of_a_generated_graph_agree_with_the_embedded_store(int seed, int depth)
    {
        var graph = PlanGraphGenerator.Generate(300, seed);
        var neo4j = StoreOver(graph);
        using var embedded = await EmbeddedOver(graph);
        var starts = graph.Entities.Where(e => e.Kind is EntityKind.Target or EntityKind.Goal or EntityKind.Industry).Take(12).Select(e => e.Id).ToList();
        var reached = 0;

        foreach (var start in starts)
        {
            var request = SupportTraversal.For(start, depth) with { MaxResults = 10_000 };
            var expected = await embedded.TraverseAsync(request);
            var actual = await neo4j.TraverseAsync(request);

            Assert.Equal(Depths(expected), Depths(actual));
            Assert.Equal(ReferenceTraversal.Depths(graph, start, depth).OrderBy(p => p.Key, StringComparer.Ordinal), Depths(actual));
            Assert.All(actual.Paths, p => AssertIsAPath(graph, start, p));
            Assert.Equal(expected.Paths.Select(p => p.Depth), actual.Paths.Select(p => p.Depth));
            Assert.Equal(GraphDataLevels.Describe(expected), GraphDataLevels.Describe(actual));
            Assert.Equal(GraphDataLevels.Describe(new GraphDataLevels(graph).Traverse(request with { MaxResults = 3 })), GraphDataLevels.Describe(await neo4j.TraverseAsync(request with { MaxResults = 3 })));
            reached += actual.Paths.Count;
        }

        Assert.True(reached > starts.Count, $"the generated graph should give the traversals something to find (reached {reached})");
    }

    [Theory]
    [InlineData(3, 1)]
    [InlineData(3, 2)]
    [InlineData(11, 3)]
    public async Task Neighborhoods_of_a_generated_graph_agree_with_the_embedded_store(int seed, int depth)
    {
        var graph = PlanGraphGenerator.Generate(300, seed);
        var neo4j = StoreOver(graph);
        using var embedded = await EmbeddedOver(graph);
        var centers = graph.Entities.Where(e => e.Kind is EntityKind.Project or EntityKind.Industry or EntityKind.Target).Take(10).Select(e => e.Id).ToList();

        foreach (var center in centers)
        {
            foreach (var kinds in new[] { Array.Empty<RelationshipKind>(), [RelationshipKind.Supports, RelationshipKind.BelongsToIndustry] })
            {
                var request = new NeighborhoodRequest(center, depth) { Kinds = kinds };
                var expected = await embedded.GetNeighborhoodAsync(request);
                var actual = await neo4j.GetNeighborhoodAsync(request);

                Assert.Equal(GraphDataLevels.Describe(expected), GraphDataLevels.Describe(actual));
                Assert.Equal(center, actual.Nodes[0].Id);
                Assert.False(actual.Truncated);

                var capped = await neo4j.GetNeighborhoodAsync(request with { MaxNodes = 2 });
                var cappedExpected = await embedded.GetNeighborhoodAsync(request with { MaxNodes = 2 });
                Assert.Equal(GraphDataLevels.Describe(cappedExpected), GraphDataLevels.Describe(capped));
            }
        }
    }

    [Fact]
    public async Task Supporters_follow_each_relationship_kind_of_the_definition_and_no_other()
    {
        var result = await StoreOver(SupportGraph.Create()).TraverseAsync(SupportTraversal.For(SupportGraph.Target, TraversalRequest.DepthLimit));

        Assert.Equal(SupportGraph.ExpectedDepths.OrderBy(p => p.Key, StringComparer.Ordinal), Depths(result));
    }

    [Fact]
    public async Task Supporters_listed_by_kind_count_and_cap_only_what_is_listed()
    {
        var request = SupportTraversal.For(SupportGraph.Target, TraversalRequest.DepthLimit) with { Listed = [EntityKind.Project], MaxResults = 4 };

        var all = await StoreOver(SupportGraph.Create()).TraverseAsync(request);
        var capped = await StoreOver(SupportGraph.Create()).TraverseAsync(request with { MaxResults = 3 });

        Assert.Equal(4, all.Paths.Count);
        Assert.All(all.Paths, p => Assert.Equal(EntityKind.Project, p.End.Kind));
        Assert.False(all.Truncated);
        Assert.Equal(3, capped.Paths.Count);
        Assert.True(capped.Truncated);
    }

    [Fact]
    public async Task The_supporters_of_the_plans_output_targets_are_the_pinned_sets()
    {
        var graph = Core.Seed.SeedLoader.Load(RepositoryPaths.Seed).Graph;
        var store = StoreOver(graph);

        foreach (var (target, supporters) in PlanSupporters.AtDefaultDepth)
        {
            var result = await store.TraverseAsync(SupportTraversal.For(target, PlanSupporters.DefaultDepth) with { MaxResults = 10_000 });

            Assert.Equal(supporters.Order(StringComparer.Ordinal), result.Paths.Select(p => p.End.Id).Order(StringComparer.Ordinal));
        }
    }

    private static List<KeyValuePair<string, int>> Depths(TraversalResult result) =>
        result.Paths.ToDictionary(p => p.End.Id, p => p.Depth).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();

    private static void AssertIsAPath(GraphData graph, string start, GraphPath path)
    {
        var at = start;
        foreach (var segment in path.Segments)
        {
            var r = segment.Relationship;
            Assert.Contains(graph.Relationships, g => g.Id == r.Id);
            Assert.Equal(segment.Direction == Direction.Outgoing ? (at, segment.Entity.Id) : (segment.Entity.Id, at), (r.From, r.To));
            at = segment.Entity.Id;
        }
    }

    private Neo4jGraphStore StoreOver(GraphData graph)
    {
        _server.Answer = new GraphAnswers(graph).Answer;
        return TestClients.Store(_server);
    }

    private async Task<EmbeddedGraphStore> EmbeddedOver(GraphData graph)
    {
        var store = new EmbeddedGraphStore(new EmbeddedStoreOptions { Path = Path.Combine(_folder, $"{Guid.NewGuid():N}.db") });
        await store.ImportAsync(graph);
        return store;
    }
}
