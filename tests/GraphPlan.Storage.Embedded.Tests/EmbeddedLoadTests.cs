using GraphPlan.Core.Graph;
using GraphPlan.Core.Search;
using GraphPlan.Core.Store;
using GraphPlan.Testing;

namespace GraphPlan.Storage.Embedded.Tests;

/// <summary>
/// A store reopened from its file holds the same graph in less memory: equal values read from different rows are
/// one object, attributes are a compact array, and the search index lives in a folder beside the file.
/// </summary>
public sealed class EmbeddedLoadTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_reopened_store_answers_with_the_same_content_it_stored()
    {
        var graph = SampleGraph.Create();
        using (var store = _database.Open())
        {
            await store.ImportAsync(graph);
        }

        using var reopened = _database.Open();
        var stored = await reopened.GetEntitiesAsync(graph.Entities.Select(e => e.Id).ToList());

        Assert.All(graph.Entities.Zip(stored), pair =>
        {
            Assert.NotNull(pair.Second);
            Assert.Equal(ContentFingerprint.Of(pair.First), ContentFingerprint.Of(pair.Second!));
            Assert.Equal(pair.First.Attributes.OrderBy(a => a.Key), pair.Second!.Attributes.OrderBy(a => a.Key));
        });
    }

    [Fact]
    public async Task Relationships_citing_the_same_sentence_share_one_citation_list_after_a_reopen()
    {
        var citation = new Provenance("section:sample", "推进氢能产业发展。", Basis.Stated);
        var graph = new GraphData(
            [Node("industry:a"), Node("industry:b"), Node("industry:c")],
            [
                new Relationship("industry:b", RelationshipKind.PartOf, "industry:a") { Provenance = [citation] },
                new Relationship("industry:c", RelationshipKind.PartOf, "industry:a") { Provenance = [citation with { }] },
            ]);
        using (var store = _database.Open())
        {
            await store.ImportAsync(graph);
        }

        using var reopened = _database.Open();
        var related = (await reopened.GetRelatedAsync(["industry:a"], new RelationFilter(Direction.Incoming)))[0];

        Assert.Equal(2, related.Count);
        Assert.Same(related[0].Relationship.Provenance, related[1].Relationship.Provenance);
        Assert.Equal(citation, related[0].Relationship.Provenance.Single());
    }

    [Fact]
    public async Task The_search_index_is_kept_in_a_folder_beside_the_file_unless_asked_to_stay_in_memory()
    {
        using (var store = _database.Open())
        {
            await store.ImportAsync(SampleGraph.Create());
            Assert.NotEmpty((await store.SearchAsync(new SearchRequest("氢能"))).Hits);
        }

        Assert.NotEmpty(Directory.EnumerateFiles(_database.Path + ".search"));
        Directory.Delete(_database.Path + ".search", recursive: true);

        using (var inMemory = new EmbeddedGraphStore(new EmbeddedStoreOptions { Path = _database.Path, SearchIndexInMemory = true }))
        {
            Assert.NotEmpty((await inMemory.SearchAsync(new SearchRequest("氢能"))).Hits);
        }

        Assert.False(Directory.Exists(_database.Path + ".search"));
    }

    [Fact]
    public async Task A_filter_on_a_year_and_role_follows_every_write_and_a_reopen()
    {
        var targets2025 = new EntityQuery { Where = new ValueFilter { Year = 2025, Role = ValueRole.Target } };
        using (var store = _database.Open())
        {
            await store.ImportAsync(SampleGraph.Create());
            Assert.Equal([SampleGraph.Target], (await store.FindEntitiesAsync(targets2025)).Items.Select(e => e.Id));

            var target = (await store.GetEntitiesAsync([SampleGraph.Target]))[0]!;
            await store.UpsertEntityAsync(target with { Values = [.. target.Values.Select(v => v with { Year = 2030 })] });
            Assert.Empty((await store.FindEntitiesAsync(targets2025)).Items);
            var targets2030 = targets2025 with { Where = new ValueFilter { Year = 2030, Role = ValueRole.Target } };
            Assert.Equal([SampleGraph.Target], (await store.FindEntitiesAsync(targets2030)).Items.Select(e => e.Id));
        }

        using (var reopened = _database.Open())
        {
            var targets2030 = new EntityQuery { Kinds = [EntityKind.Target], Where = new AllFilter([new ValueFilter { Year = 2030, Role = ValueRole.Target }, new ValueFilter { Unit = "亿元" }]) };
            Assert.Equal([SampleGraph.Target], (await reopened.FindEntitiesAsync(targets2030)).Items.Select(e => e.Id));
            Assert.True(await reopened.DeleteEntityAsync(SampleGraph.Target));
            Assert.Empty((await reopened.FindEntitiesAsync(targets2030)).Items);
            Assert.Equal(0, (await reopened.FindEntitiesAsync(targets2030 with { Kinds = [EntityKind.Indicator] })).TotalCount);
        }
    }

    [Fact]
    public void Compact_attributes_read_like_the_dictionary_they_came_from()
    {
        var source = new Dictionary<string, string> { ["unit"] = "亿元", ["attribute"] = "binding", ["row"] = "3" };

        var compact = CompactAttributes.Of(source, s => s);

        Assert.Equal(3, compact.Count);
        Assert.Equal(source.ToList(), compact.ToList());
        Assert.Equal("binding", compact["attribute"]);
        Assert.True(compact.ContainsKey("row"));
        Assert.False(compact.TryGetValue("Unit", out _));
        Assert.Throws<KeyNotFoundException>(() => compact["missing"]);
        Assert.Empty(CompactAttributes.Of(new Dictionary<string, string>(), s => s));
    }

    private static Entity Node(string id) => new()
    {
        Id = id,
        Kind = EntityKind.Industry,
        Name = id,
        NameEn = id,
        Provenance = [new Provenance("section:sample", "推进氢能产业发展。")],
    };
}
