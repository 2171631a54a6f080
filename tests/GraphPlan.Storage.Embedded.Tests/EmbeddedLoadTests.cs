using GraphPlan.Core.Graph;
using GraphPlan.Core.Search;
using GraphPlan.Core.Store;
using GraphPlan.Testing;
using Microsoft.Data.Sqlite;

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
    public async Task Relationships_citing_the_same_sentence_share_one_citation_after_a_reopen()
    {
        var citation = new Provenance("section:sample", "推进氢能产业发展。", Basis.Stated);
        await ImportPartsOfAAsync(citation, citation with { });

        using var reopened = _database.Open();
        var related = (await reopened.GetRelatedAsync(["industry:a"], new RelationFilter(Direction.Incoming)))[0];

        Assert.Equal(2, related.Count);
        Assert.Same(related[0].Relationship.Provenance[0], related[1].Relationship.Provenance[0]);
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
    public async Task Every_stored_field_comes_back_after_a_reopen_escapes_and_all()
    {
        var indicator = new Entity
        {
            Id = "indicator:reader",
            Kind = EntityKind.Indicator,
            Name = "单位\"GDP\"能耗\\下降率",
            NameEn = "Energy use per unit of GDP \u2014 \"drop\"",
            Aliases = ["能耗强度", "énergie"],
            Attributes = new Dictionary<string, string> { ["unit"] = "%", ["attribute"] = "binding", ["row"] = "12" },
            Values =
            [
                new Measurement { Year = 2020, Role = ValueRole.Baseline, Text = "0.52", Value = 0.52m, Unit = "吨标准煤/万元" },
                new Measurement { Year = 2025, Role = ValueRole.Target, Text = "市下达指标", Kind = ValueKind.Assigned, Qualifier = Qualifier.AtMost, Aspirational = true },
                new Measurement { Year = 2025, Role = ValueRole.AverageAnnualGrowth, Text = "-1.5以上", Value = -1.5m, Unit = "%", Qualifier = Qualifier.AtLeast },
            ],
            Provenance =
            [
                new Provenance("section:sample", "单位GDP能耗下降完成市下达指标。"),
                new Provenance("section:other", "Reported by the bureau.", Basis.External, "Jiaxing statistics \"2021\""),
            ],
        };
        var graph = new GraphData(
            [indicator, Node("industry:a")],
            [new Relationship("indicator:reader", RelationshipKind.PartOf, "industry:a") { Provenance = [new Provenance("section:sample", "推进。", Basis.Inferred)], Reasoning = "The \"why\", in short." }]);
        using (var store = _database.Open())
        {
            await store.ImportAsync(graph);
        }

        using var reopened = _database.Open();
        var read = (await reopened.GetEntitiesAsync([indicator.Id]))[0]!;
        var link = (await reopened.GetRelatedAsync(["industry:a"], new RelationFilter(Direction.Incoming)))[0].Single().Relationship;

        Assert.Equal((indicator.Name, indicator.NameEn, indicator.Kind, 1L), (read.Name, read.NameEn, read.Kind, read.Version));
        Assert.Equal(indicator.Aliases, read.Aliases);
        Assert.Equal(indicator.Attributes.ToList(), read.Attributes.ToList());
        Assert.Equal(indicator.Values, read.Values);
        Assert.Equal(indicator.Provenance, read.Provenance);
        Assert.Equal(graph.Relationships[0].Provenance, link.Provenance);
        Assert.Equal("The \"why\", in short.", link.Reasoning);
    }

    [Fact]
    public async Task A_row_in_another_json_shape_is_read_as_the_serializer_reads_it()
    {
        using (var store = _database.Open())
        {
            await store.ImportAsync(new GraphData([Node("industry:a")], []));
        }

        // Property names in another case and a number as a string: not what the store writes, but valid JSON for it.
        Rewrite("""{"ID":"industry:a","kind":"Industry","Name":"氢能","nameEn":"Hydrogen","version":"7","provenance":[{"section":"section:sample","quote":"推进氢能产业发展。"}]}""");

        using var reopened = _database.Open();
        var read = (await reopened.GetEntitiesAsync(["industry:a"]))[0]!;

        Assert.Equal(("氢能", "Hydrogen", 7L), (read.Name, read.NameEn, read.Version));
        Assert.Equal([new Provenance("section:sample", "推进氢能产业发展。")], read.Provenance);
    }

    [Fact]
    public async Task A_row_that_is_not_json_refuses_the_file_with_a_clear_message()
    {
        using (var store = _database.Open())
        {
            await store.ImportAsync(new GraphData([Node("industry:a")], []));
        }

        Rewrite("""{"id":"industry:a","kind":""");

        var error = Assert.Throws<StoreFileException>(() => _database.Open());

        Assert.Contains("its content cannot be read", error.Message, StringComparison.Ordinal);
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

    private void Rewrite(string body) => OnFile("UPDATE entity SET body = $body", body);

    /// <summary>Runs <paramref name="sql"/> on the file behind the store's back (with <c>$body</c> bound when given); returns the rows changed.</summary>
    private int OnFile(string sql, string? body = null)
    {
        using var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (body is not null)
        {
            command.Parameters.AddWithValue("$body", body);
        }

        return command.ExecuteNonQuery();
    }

    /// <summary>Stores industries a, b and c, b and c PART_OF a, citing <paramref name="first"/> and <paramref name="second"/>.</summary>
    private async Task ImportPartsOfAAsync(Provenance first, Provenance second)
    {
        var graph = new GraphData(
            [Node("industry:a"), Node("industry:b"), Node("industry:c")],
            [
                new Relationship("industry:b", RelationshipKind.PartOf, "industry:a") { Provenance = [first] },
                new Relationship("industry:c", RelationshipKind.PartOf, "industry:a") { Provenance = [second] },
            ]);
        using var store = _database.Open();
        await store.ImportAsync(graph);
    }

    [Fact]
    public async Task A_missing_reasoning_and_an_empty_one_in_the_file_stay_apart_after_a_reopen()
    {
        var citation = new Provenance("section:sample", "推进氢能产业发展。", Basis.Stated);
        await ImportPartsOfAAsync(citation, citation);

        // The store refuses an empty reasoning; a file may still hold one.
        Assert.Equal(1, OnFile("UPDATE relationship SET reasoning = '' WHERE source = 'industry:c'"));

        using var reopened = _database.Open();
        var related = (await reopened.GetRelatedAsync(["industry:a"], new RelationFilter(Direction.Incoming)))[0];

        Assert.Null(related.Single(r => r.Relationship.From == "industry:b").Relationship.Reasoning);
        Assert.Equal(string.Empty, related.Single(r => r.Relationship.From == "industry:c").Relationship.Reasoning);
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
