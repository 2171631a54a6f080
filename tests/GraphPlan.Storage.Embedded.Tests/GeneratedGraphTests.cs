using GraphPlan.Core.Export;
using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using GraphPlan.Generation;
using GraphPlan.Testing;

namespace GraphPlan.Storage.Embedded.Tests;

/// <summary>Generated graphs in the embedded store, and the paging lists the store keeps in memory.</summary>
public sealed class GeneratedGraphTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void The_generator_makes_the_same_graph_of_exactly_the_size_asked_for_a_seed()
    {
        var first = PlanGraphGenerator.Generate(2500, seed: 5);
        var second = PlanGraphGenerator.Generate(2500, seed: 5);

        Assert.Equal(2500, first.Entities.Count);
        Assert.Equal(Json(first), Json(second));
        Assert.NotEqual(Json(first), Json(PlanGraphGenerator.Generate(2500, seed: 6)));
    }

    [Fact]
    public async Task A_generated_graph_is_valid_and_reads_back_the_same_after_reopening()
    {
        var graph = PlanGraphGenerator.Generate(3000, seed: 2);
        string written;
        using (var store = _database.Open())
        {
            await store.ImportAsync(graph);
            written = Json(await store.ExportAsync());
        }

        using var reopened = _database.Open();
        var stats = await reopened.GetStatisticsAsync();
        Assert.Equal(3000, stats.EntityCount);
        Assert.Equal(graph.Relationships.Count, stats.RelationshipCount);
        Assert.Equal(graph.Relationships.Count, stats.RelationshipsByKind.Values.Sum());
        Assert.Equal(written, Json(await reopened.ExportAsync()));
    }

    [Fact]
    public async Task Hubs_carry_many_edges_and_most_entities_are_leaves()
    {
        using var store = _database.Open();
        await store.ImportAsync(PlanGraphGenerator.Generate(2000, seed: 1));

        var hub = (await store.GetRelatedAsync([PlanGraphGenerator.HubIndustry(0)], new RelationFilter()))[0];
        var supporters = await store.TraverseAsync(SupportTraversal.For(PlanGraphGenerator.HubTarget(0), 3));
        var projects = await store.FindEntitiesAsync(new EntityQuery { Kinds = [EntityKind.Project], Limit = 50 });
        var leafDegrees = await store.GetRelatedAsync(projects.Items.Select(p => p.Id).ToList(), new RelationFilter());

        Assert.True(hub.Count > 100, $"the hub industry has {hub.Count} relationships");
        Assert.NotEmpty(supporters.Paths);
        Assert.True(leafDegrees.Average(r => r.Count) < 5);
    }

    [Fact]
    public async Task Pages_follow_every_write()
    {
        using var store = _database.Open();
        await store.ImportAsync(SampleGraph.Create());
        var byName = new EntityQuery { Kinds = [EntityKind.Project], OrderBy = EntityOrder.Name, Limit = 100 };
        var before = await store.FindEntitiesAsync(byName);

        var first = new Entity { Id = "project:aaa", Kind = EntityKind.Project, Name = "!", NameEn = "First", Provenance = [new Provenance(SampleGraph.Section, "q")] };
        await store.UpsertEntityAsync(first);
        var added = await store.FindEntitiesAsync(byName);
        await store.UpsertEntityAsync(first with { Name = "\uFFFD" });
        var renamed = await store.FindEntitiesAsync(byName with { Descending = true });
        await store.DeleteEntityAsync(first.Id);
        var deleted = await store.FindEntitiesAsync(byName);

        Assert.Equal(before.TotalCount + 1, added.TotalCount);
        Assert.Equal(first.Id, added.Items[0].Id);
        Assert.Equal(first.Id, renamed.Items[0].Id);
        Assert.Equal(before.Items.Select(e => e.Id), deleted.Items.Select(e => e.Id));
    }

    [Fact]
    public async Task Attribute_pages_are_sorted_sliced_and_follow_writes()
    {
        using var store = _database.Open();
        var graph = PlanGraphGenerator.Generate(1000, seed: 4);
        await store.ImportAsync(graph);
        var binding = new EntityQuery { Kinds = [EntityKind.Indicator], Attributes = new Dictionary<string, string> { ["attribute"] = "binding" }, OrderBy = EntityOrder.NameEn, Offset = 2, Limit = 3 };
        var expected = graph.Entities.Where(e => e.Kind == EntityKind.Indicator && e.Attribute("attribute") == "binding")
            .OrderBy(e => e.NameEn, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).Select(e => e.Id).ToList();

        var page = await store.FindEntitiesAsync(binding);
        var indicator = graph.Entities.First(e => e.Kind == EntityKind.Indicator && e.Attribute("attribute") == "expected");
        await store.UpsertEntityAsync(indicator with { Attributes = new Dictionary<string, string>(indicator.Attributes) { ["attribute"] = "binding" } });
        var after = await store.FindEntitiesAsync(binding with { Offset = 0, Limit = 1000 });

        Assert.Equal(expected.Count, page.TotalCount);
        Assert.Equal(expected.Skip(2).Take(3), page.Items.Select(e => e.Id));
        Assert.Equal(expected.Count + 1, after.TotalCount);
        Assert.Contains(indicator.Id, after.Items.Select(e => e.Id));
    }

    private static string Json(GraphData graph)
    {
        using var stream = new MemoryStream();
        GraphJsonWriter.Write(graph, stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
