using GraphPlan.Core.Graph;
using GraphPlan.Core.Search;
using GraphPlan.Core.Store;
using GraphPlan.Generation;
using Xunit;

namespace GraphPlan.Testing;

/// <summary>
/// The behaviour every <see cref="IGraphStore"/> must have. Each store's test class inherits this suite and
/// only says how to make an empty store (and, where it cannot run here, why it is skipped).
/// </summary>
public abstract class GraphStoreContractTests : IAsyncLifetime
{
    private IGraphStore? _store;

    protected IGraphStore Store
    {
        get
        {
            Skip.If(SkipReason is not null, SkipReason);
            return _store ?? throw new InvalidOperationException("the store was not created");
        }
    }

    /// <summary>Why this store's suite cannot run here; null when it can.</summary>
    protected virtual string? SkipReason => null;

    public async Task InitializeAsync()
    {
        if (SkipReason is null)
        {
            _store = await CreateEmptyStoreAsync();
        }
    }

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await DisposeStoreAsync(_store);
        }
    }

    [SkippableFact]
    public async Task Entities_are_returned_in_the_order_asked_with_null_for_unknown_ids()
    {
        await ImportSampleAsync();

        var entities = await Store.GetEntitiesAsync([SampleGraph.Plant, "project:nope", SampleGraph.Hydrogen]);

        Assert.Equal([SampleGraph.Plant, null, SampleGraph.Hydrogen], entities.Select(e => e?.Id));
    }

    [SkippableFact]
    public async Task An_upserted_entity_reads_back_with_every_field()
    {
        await ImportSampleAsync();
        var written = SampleGraph.Entity("indicator:container-throughput", EntityKind.Indicator, "集装箱吞吐量", "Container throughput", "集装箱量") with
        {
            Attributes = new Dictionary<string, string> { ["unit"] = "万标箱", ["attribute"] = "expected" },
            Values =
            [
                new Measurement { Year = 2015, Role = ValueRole.Baseline, Text = "106.14", Value = 106.14m, Unit = "万标箱" },
                new Measurement { Year = 2025, Role = ValueRole.Target, Text = "市下达指标", Kind = ValueKind.Assigned },
                new Measurement { Year = 2025, Role = ValueRole.Target, Text = "92以上", Value = 92m, Unit = "%", Qualifier = Qualifier.AtLeast, Aspirational = true },
            ],
            Provenance = [new Provenance(SampleGraph.Section, "集装箱吞吐量176万标箱", Basis.Inferred), new Provenance(SampleGraph.Section, "x", Basis.External, "https://example.org/a")],
        };

        await Store.UpsertEntityAsync(written);
        var read = (await Store.GetEntitiesAsync([written.Id]))[0]!;

        Assert.Equal(written.Name, read.Name);
        Assert.Equal(written.NameEn, read.NameEn);
        Assert.Equal(written.Kind, read.Kind);
        Assert.Equal(written.Aliases, read.Aliases);
        Assert.Equal(written.Attributes.OrderBy(p => p.Key), read.Attributes.OrderBy(p => p.Key));
        Assert.Equal(written.Values, read.Values);
        Assert.Equal(written.Provenance, read.Provenance);
    }

    [SkippableFact]
    public async Task Upserting_an_existing_id_replaces_the_entity_and_keeps_its_relationships()
    {
        await ImportSampleAsync();

        await Store.UpsertEntityAsync(SampleGraph.Entity(SampleGraph.Hydrogen, EntityKind.Industry, "氢能产业", "Hydrogen industry"));

        var read = (await Store.GetEntitiesAsync([SampleGraph.Hydrogen]))[0]!;
        Assert.Equal("氢能产业", read.Name);
        Assert.Empty(read.Aliases);
        var related = (await Store.GetRelatedAsync([SampleGraph.Hydrogen], new RelationFilter(Direction.Incoming) { Kinds = [RelationshipKind.BelongsToIndustry] }))[0];
        Assert.Equal(2, related.Count);
    }

    [SkippableFact]
    public async Task Upserting_an_unchanged_entity_keeps_its_version_and_a_changed_one_moves_on()
    {
        await ImportSampleAsync();
        var stored = (await Store.GetEntitiesAsync([SampleGraph.Plant]))[0]!;

        await Store.UpsertEntityAsync(stored with { Version = 0 });
        var same = (await Store.GetEntitiesAsync([SampleGraph.Plant]))[0]!;
        await Store.UpsertEntityAsync(stored with { NameEn = "Liquid-hydrogen plant" });
        var changed = (await Store.GetEntitiesAsync([SampleGraph.Plant]))[0]!;

        Assert.Equal(stored.Version, same.Version);
        Assert.Equal(stored.Version + 1, changed.Version);
        Assert.Equal("Liquid-hydrogen plant", changed.NameEn);
    }

    [SkippableTheory]
    [InlineData("Project:Bad Id", "malformed")]
    [InlineData("industry:wrong-prefix", "must start with 'project:'")]
    public async Task A_malformed_entity_is_refused_and_nothing_is_stored(string id, string expected)
    {
        await ImportSampleAsync();
        var before = await Store.GetStatisticsAsync();

        var error = await Assert.ThrowsAsync<GraphValidationException>(() => Store.UpsertEntityAsync(SampleGraph.Entity(id, EntityKind.Project, "项目", "Project")));

        Assert.Contains(error.Problems, p => p.Contains(expected, StringComparison.Ordinal));
        Assert.Equal(before.EntityCount, (await Store.GetStatisticsAsync()).EntityCount);
    }

    [SkippableTheory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData(" ")]
    [InlineData("\t")]
    [InlineData("\0")]
    [InlineData("\u0085")]
    [InlineData("\u2028")]
    public async Task An_id_with_trailing_whitespace_or_a_control_character_is_refused(string tail)
    {
        var error = await Assert.ThrowsAsync<GraphValidationException>(() => Store.UpsertEntityAsync(SampleGraph.Entity("project:x" + tail, EntityKind.Project, "项目", "Project")));

        Assert.Contains(error.Problems, p => p.Contains("malformed", StringComparison.Ordinal));
        Assert.Null((await Store.GetEntitiesAsync(["project:x"]))[0]);
        Assert.Null((await Store.GetEntitiesAsync(["project:x" + tail]))[0]);
    }

    [SkippableTheory]
    [InlineData(0x0B)]
    [InlineData(0x00)]
    [InlineData(0x1B)]
    [InlineData(0x7F)]
    [InlineData(0xD800)]
    [InlineData(0xFFFE)]
    public async Task Text_with_a_control_character_or_unpaired_surrogate_is_refused(int code)
    {
        var hostile = ((char)code).ToString();
        var entity = SampleGraph.Entity("project:hostile-text", EntityKind.Project, "项目", "Project" + hostile);

        var error = await Assert.ThrowsAsync<GraphValidationException>(() => Store.UpsertEntityAsync(entity));
        var curated = await Assert.ThrowsAsync<GraphValidationException>(() => Store.CurateAsync(Curation.Upsert("alice", entity with { NameEn = "Project", Aliases = ["别名" + hostile] })));

        Assert.Contains(error.Problems, p => p.Contains("nameEn", StringComparison.Ordinal) && p.Contains($"U+{(int)hostile[0]:X4}", StringComparison.Ordinal));
        Assert.Contains(curated.Problems, p => p.Contains("alias", StringComparison.Ordinal));
        Assert.Null((await Store.GetEntitiesAsync(["project:hostile-text"]))[0]);
    }

    [SkippableFact]
    public async Task An_entity_without_provenance_or_english_name_is_refused()
    {
        var error = await Assert.ThrowsAsync<GraphValidationException>(() => Store.UpsertEntityAsync(
            SampleGraph.Entity("project:x", EntityKind.Project, "项目", " ") with { Provenance = [] }));

        Assert.Contains(error.Problems, p => p.Contains("nameEn", StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("provenance", StringComparison.Ordinal));
        Assert.Null((await Store.GetEntitiesAsync(["project:x"]))[0]);
    }

    [SkippableFact]
    public async Task Linking_to_a_missing_entity_or_across_kinds_that_do_not_fit_is_refused()
    {
        await ImportSampleAsync();

        var dangling = await Assert.ThrowsAsync<GraphValidationException>(() => Store.LinkAsync(SampleGraph.Link(SampleGraph.Station, RelationshipKind.Supports, "target:nope")));
        var misfit = await Assert.ThrowsAsync<GraphValidationException>(() => Store.LinkAsync(SampleGraph.Link(SampleGraph.Station, RelationshipKind.MeasuredBy, SampleGraph.Indicator)));

        Assert.Contains(dangling.Problems, p => p.Contains("target:nope", StringComparison.Ordinal));
        Assert.Contains(misfit.Problems, p => p.Contains("cannot start at a Project", StringComparison.Ordinal));
        Assert.Equal(SampleGraph.Create().Relationships.Count, (await Store.GetStatisticsAsync()).RelationshipCount);
    }

    [SkippableFact]
    public async Task An_inferred_link_keeps_its_reasoning_and_one_without_reasoning_is_refused()
    {
        await ImportSampleAsync();
        var inferred = new Relationship(SampleGraph.Plant, RelationshipKind.Supports, SampleGraph.Target)
        {
            Provenance = [new Provenance(SampleGraph.Section, "充分发挥国内首座商用液氢工厂的示范作用", Basis.Inferred)],
            Reasoning = "the plant is one of the hydrogen projects, and the hydrogen target measures their output",
        };

        await Store.LinkAsync(inferred);
        var refused = await Assert.ThrowsAsync<GraphValidationException>(() => Store.LinkAsync(inferred with { Reasoning = null }));

        Assert.Contains(refused.Problems, p => p.Contains("needs a reasoning", StringComparison.Ordinal));
        var stored = (await Store.ExportAsync()).Relationships.Single(r => r.Id == inferred.Id);
        Assert.Equal(inferred.Reasoning, stored.Reasoning);
        Assert.Null((await Store.ExportAsync()).Relationships.Single(r => r.Id == SampleGraph.Link(SampleGraph.Station, RelationshipKind.Supports, SampleGraph.Target).Id).Reasoning);
    }

    [SkippableFact]
    public async Task Related_entities_follow_kind_and_direction_for_many_ids_in_one_call()
    {
        await ImportSampleAsync();

        var result = await Store.GetRelatedAsync(
            [SampleGraph.Hydrogen, SampleGraph.Station, "industry:nope"],
            new RelationFilter(Direction.Incoming) { Kinds = [RelationshipKind.BelongsToIndustry] });

        Assert.Equal(3, result.Count);
        Assert.Equal(Sorted(SampleGraph.Plant, SampleGraph.Station), result[0].Select(r => r.Other.Id).Order(StringComparer.Ordinal));
        Assert.All(result[0], r => Assert.Equal(Direction.Incoming, r.Direction));
        Assert.Empty(result[1]);
        Assert.Empty(result[2]);
    }

    [SkippableFact]
    public async Task Related_entities_in_both_directions_can_be_limited_to_the_other_ends_kind()
    {
        await ImportSampleAsync();

        var all = (await Store.GetRelatedAsync([SampleGraph.Station], new RelationFilter(Direction.Both)))[0];
        var platforms = (await Store.GetRelatedAsync([SampleGraph.Station], new RelationFilter(Direction.Both) { OtherKinds = [EntityKind.Platform] }))[0];

        Assert.Equal(3, all.Count);
        Assert.Equal(SampleGraph.Zone, Assert.Single(platforms).Other.Id);
        Assert.Equal(RelationshipKind.HostedOn, platforms[0].Relationship.Kind);
    }

    [SkippableFact]
    public async Task Unlink_removes_one_relationship_and_reports_whether_it_existed()
    {
        await ImportSampleAsync();

        Assert.True(await Store.UnlinkAsync(SampleGraph.Station, RelationshipKind.Supports, SampleGraph.Target));
        Assert.False(await Store.UnlinkAsync(SampleGraph.Station, RelationshipKind.Supports, SampleGraph.Target));

        var supporters = (await Store.GetRelatedAsync([SampleGraph.Target], new RelationFilter(Direction.Incoming) { Kinds = [RelationshipKind.Supports] }))[0];
        Assert.Empty(supporters);
    }

    [SkippableFact]
    public async Task Deleting_an_entity_removes_its_relationships()
    {
        await ImportSampleAsync();

        Assert.True(await Store.DeleteEntityAsync(SampleGraph.Station));
        Assert.False(await Store.DeleteEntityAsync(SampleGraph.Station));

        var stats = await Store.GetStatisticsAsync();
        Assert.Equal(SampleGraph.Create().Relationships.Count - 3, stats.RelationshipCount);
        Assert.DoesNotContain((await Store.GetRelatedAsync([SampleGraph.Zone], new RelationFilter()))[0], r => r.Other.Id == SampleGraph.Station);
    }

    [SkippableFact]
    public async Task Supporters_are_found_transitively_with_the_path_to_each()
    {
        await ImportSampleAsync();

        var result = await Store.TraverseAsync(SupportTraversal.For(SampleGraph.Target, 3));

        var byEnd = result.Paths.ToDictionary(p => p.End.Id);
        Assert.Equal(Sorted(SampleGraph.Hydrogen, SampleGraph.Plant, SampleGraph.Station, SampleGraph.Zone), byEnd.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(1, byEnd[SampleGraph.Station].Depth);
        var plant = byEnd[SampleGraph.Plant];
        Assert.Equal(2, plant.Depth);
        Assert.Equal([RelationshipKind.HasTarget, RelationshipKind.BelongsToIndustry], plant.Segments.Select(s => s.Relationship.Kind));
        Assert.Equal([SampleGraph.Hydrogen, SampleGraph.Plant], plant.Segments.Select(s => s.Entity.Id));
        Assert.All(plant.Segments, s => Assert.Equal(Direction.Incoming, s.Direction));
        Assert.True(result.Paths.Select(p => p.Depth).SequenceEqual(result.Paths.Select(p => p.Depth).Order()), "nearest first");
        Assert.False(result.Truncated);
    }

    [SkippableFact]
    public async Task Traversal_stops_at_its_depth_and_result_limits()
    {
        await ImportSampleAsync();

        var shallow = await Store.TraverseAsync(SupportTraversal.For(SampleGraph.Target, 1));
        var limited = await Store.TraverseAsync(SupportTraversal.For(SampleGraph.Target, 3) with { MaxResults = 2 });

        Assert.Equal(Sorted(SampleGraph.Hydrogen, SampleGraph.Station), shallow.Paths.Select(p => p.End.Id).Order(StringComparer.Ordinal));
        Assert.Equal(2, limited.Paths.Count);
        Assert.True(limited.Truncated);
    }

    [SkippableFact]
    public async Task Supporters_of_a_goal_start_from_its_targets()
    {
        await ImportSampleAsync();

        var result = await Store.TraverseAsync(SupportTraversal.For(SampleGraph.Goal, 3));

        var target = Assert.Single(result.Paths, p => p.Depth == 1);
        Assert.Equal(SampleGraph.Target, target.End.Id);
        Assert.Equal(Direction.Outgoing, target.Segments[0].Direction);
        Assert.Contains(result.Paths, p => p.End.Id == SampleGraph.Station && p.Depth == 2);
        Assert.DoesNotContain(result.Paths, p => p.End.Id == SampleGraph.Goal);
    }

    [SkippableFact]
    public async Task Traversal_from_an_unknown_entity_says_so()
    {
        await ImportSampleAsync();

        var error = await Assert.ThrowsAsync<EntityNotFoundException>(() => Store.TraverseAsync(SupportTraversal.For("target:nope", 2)));

        Assert.Equal("target:nope", error.Id);
    }

    [SkippableFact]
    public async Task A_neighborhood_holds_the_nodes_within_reach_and_every_edge_among_them()
    {
        await ImportSampleAsync();

        var one = await Store.GetNeighborhoodAsync(new NeighborhoodRequest(SampleGraph.Station, 1));
        var two = await Store.GetNeighborhoodAsync(new NeighborhoodRequest(SampleGraph.Station, 2));

        Assert.Equal(SampleGraph.Station, one.Nodes[0].Id);
        Assert.Equal(Sorted(SampleGraph.Hydrogen, SampleGraph.Station, SampleGraph.Target, SampleGraph.Zone), one.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal));
        Assert.Equal(5, one.Edges.Count);
        Assert.Contains(one.Edges, e => e.From == SampleGraph.Zone && e.To == SampleGraph.Hydrogen);
        Assert.Equal(7, two.Nodes.Count);
        Assert.DoesNotContain(two.Nodes, n => n.Id == SampleGraph.Unrelated);
        Assert.Equal(SampleGraph.Create().Relationships.Count, two.Edges.Count);
        Assert.All(two.Edges, e => Assert.Contains(two.Nodes, n => n.Id == e.From));
    }

    [SkippableFact]
    public async Task A_neighborhood_can_be_limited_by_relationship_kind_and_node_count()
    {
        await ImportSampleAsync();

        var byKind = await Store.GetNeighborhoodAsync(new NeighborhoodRequest(SampleGraph.Hydrogen, 2) { Kinds = [RelationshipKind.BelongsToIndustry] });
        var capped = await Store.GetNeighborhoodAsync(new NeighborhoodRequest(SampleGraph.Hydrogen, 2) { MaxNodes = 3 });

        Assert.Equal(Sorted(SampleGraph.Hydrogen, SampleGraph.Plant, SampleGraph.Station), byKind.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal));
        Assert.All(byKind.Edges, e => Assert.Equal(RelationshipKind.BelongsToIndustry, e.Kind));
        Assert.Equal(3, capped.Nodes.Count);
        Assert.True(capped.Truncated);
    }

    [SkippableFact]
    public async Task Entities_can_be_found_by_kind_attribute_and_text_in_chinese_or_english()
    {
        await ImportSampleAsync();

        var projects = await Store.FindEntitiesAsync(new EntityQuery { Kinds = [EntityKind.Project] });
        var chinese = await Store.FindEntitiesAsync(new EntityQuery { Search = "氢" });
        var english = await Store.FindEntitiesAsync(new EntityQuery { Search = "HYDROGEN ENERGY" });
        var alias = await Store.FindEntitiesAsync(new EntityQuery { Search = "氢能源" });
        var planned = await Store.FindEntitiesAsync(new EntityQuery { Kinds = [EntityKind.Project], Attributes = new Dictionary<string, string> { ["status"] = "planned" } });

        Assert.Equal(Sorted(SampleGraph.Plant, SampleGraph.Station), projects.Items.Select(e => e.Id));
        Assert.Equal(6, chinese.TotalCount);
        Assert.Equal(SampleGraph.Hydrogen, Assert.Single(english.Items).Id);
        Assert.Equal(SampleGraph.Hydrogen, Assert.Single(alias.Items).Id);
        Assert.Equal(SampleGraph.Station, Assert.Single(planned.Items).Id);
    }

    [SkippableFact]
    public async Task Pages_are_sorted_and_sliced_with_the_total_count()
    {
        await ImportSampleAsync();
        var all = await Store.FindEntitiesAsync(new EntityQuery { OrderBy = EntityOrder.NameEn, Descending = true, Limit = 100 });

        var page = await Store.FindEntitiesAsync(new EntityQuery { OrderBy = EntityOrder.NameEn, Descending = true, Offset = 2, Limit = 3 });

        Assert.Equal(9, page.TotalCount);
        Assert.Equal(all.Items.Skip(2).Take(3).Select(e => e.Id), page.Items.Select(e => e.Id));
        Assert.True(all.Items.Select(e => e.NameEn).SequenceEqual(all.Items.Select(e => e.NameEn).OrderDescending(StringComparer.Ordinal)));
    }

    [SkippableFact]
    public async Task Importing_the_same_graph_twice_leaves_one_copy()
    {
        await ImportSampleAsync();
        await ImportSampleAsync();

        var stats = await Store.GetStatisticsAsync();

        Assert.Equal(SampleGraph.Create().Entities.Count, stats.EntityCount);
        Assert.Equal(SampleGraph.Create().Relationships.Count, stats.RelationshipCount);
        Assert.Equal(2, stats.EntitiesByKind[EntityKind.Project]);
        Assert.Equal(2, stats.RelationshipsByKind[RelationshipKind.BelongsToIndustry]);
    }

    [SkippableFact]
    public async Task An_invalid_import_stores_nothing()
    {
        var graph = SampleGraph.Create();
        var broken = graph with { Relationships = [.. graph.Relationships, SampleGraph.Link(SampleGraph.Station, RelationshipKind.Supports, "target:missing")] };

        await Assert.ThrowsAsync<GraphValidationException>(() => Store.ImportAsync(broken));

        Assert.Equal(0, (await Store.GetStatisticsAsync()).EntityCount);
    }

    [SkippableFact]
    public async Task Export_returns_every_entity_and_relationship()
    {
        await ImportSampleAsync();

        var export = await Store.ExportAsync();

        Assert.Equal(SampleGraph.Create().Entities.Select(e => e.Id).Order(), export.Entities.Select(e => e.Id).Order());
        Assert.Equal(SampleGraph.Create().Relationships.Select(r => r.Id).Order(), export.Relationships.Select(r => r.Id).Order());
    }

    [SkippableTheory]
    [InlineData("'}) DETACH DELETE n //")]
    [InlineData("\"; DROP TABLE entity; --")]
    [InlineData("$name \\u0000 \\ back\\slash")]
    [InlineData("全角（括号）\u202E和😀")]
    public async Task Hostile_text_round_trips_as_data(string hostile)
    {
        await ImportSampleAsync();
        var entity = SampleGraph.Entity("project:hostile", EntityKind.Project, hostile, hostile, hostile) with
        {
            Provenance = [new Provenance(SampleGraph.Section, hostile)],
        };

        await Store.UpsertEntityAsync(entity);
        await Store.LinkAsync(SampleGraph.Link("project:hostile", RelationshipKind.Supports, SampleGraph.Target) with { Provenance = [new Provenance(SampleGraph.Section, hostile)] });

        var read = (await Store.GetEntitiesAsync(["project:hostile"]))[0]!;
        Assert.Equal(hostile, read.Name);
        Assert.Equal(hostile, Assert.Single(read.Aliases));
        Assert.Equal(hostile, read.Provenance[0].Quote);
        Assert.Equal("project:hostile", Assert.Single((await Store.FindEntitiesAsync(new EntityQuery { Search = hostile })).Items).Id);
        var link = Assert.Single((await Store.GetRelatedAsync(["project:hostile"], new RelationFilter(Direction.Outgoing)))[0]);
        Assert.Equal(hostile, link.Relationship.Provenance[0].Quote);
        Assert.Equal(SampleGraph.Create().Entities.Count + 1, (await Store.GetStatisticsAsync()).EntityCount);
    }

    [SkippableFact]
    public async Task Traversal_of_a_generated_graph_agrees_with_a_plain_breadth_first_search()
    {
        var graph = PlanGraphGenerator.Generate(300, seed: 7);
        await Store.ImportAsync(graph);
        var target = graph.Entities.First(e => e.Kind == EntityKind.Target).Id;

        var result = await Store.TraverseAsync(SupportTraversal.For(target, 4) with { MaxResults = 10_000 });

        var expected = ReferenceTraversal.Depths(graph, target, 4);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.OrderBy(p => p.Key), result.Paths.ToDictionary(p => p.End.Id, p => p.Depth).OrderBy(p => p.Key));
    }

    [SkippableFact]
    public async Task Supporters_follow_each_relationship_kind_of_the_definition_and_no_other()
    {
        var graph = SupportGraph.Create();
        await Store.ImportAsync(graph);

        var fromTarget = await Store.TraverseAsync(SupportTraversal.For(SupportGraph.Target, TraversalRequest.DepthLimit));
        var fromGoal = await Store.TraverseAsync(SupportTraversal.For(SupportGraph.Goal, TraversalRequest.DepthLimit));

        Assert.Equal(SupportGraph.ExpectedDepths.OrderBy(p => p.Key, StringComparer.Ordinal), DepthsOf(fromTarget));
        Assert.Equal(SupportGraph.ExpectedDepths.OrderBy(p => p.Key, StringComparer.Ordinal), ReferenceTraversal.Depths(graph, SupportGraph.Target, TraversalRequest.DepthLimit).OrderBy(p => p.Key, StringComparer.Ordinal));
        var viaTarget = SupportGraph.ExpectedDepths.Where(p => p.Value < TraversalRequest.DepthLimit).Select(p => KeyValuePair.Create(p.Key, p.Value + 1)).Append(KeyValuePair.Create(SupportGraph.Target, 1));
        Assert.Equal(viaTarget.OrderBy(p => p.Key, StringComparer.Ordinal), DepthsOf(fromGoal));
        Assert.False(fromTarget.Truncated);
    }

    [SkippableFact]
    public async Task The_supporters_of_the_plans_output_targets_are_the_pinned_sets()
    {
        var graph = Core.Seed.SeedLoader.Load(RepositoryPaths.Seed).Graph;
        await Store.ImportAsync(graph);

        foreach (var (target, supporters) in PlanSupporters.AtDefaultDepth)
        {
            var result = await Store.TraverseAsync(SupportTraversal.For(target, PlanSupporters.DefaultDepth) with { MaxResults = 10_000 });
            var deep = await Store.TraverseAsync(SupportTraversal.For(target, TraversalRequest.DepthLimit) with { MaxResults = 10_000 });

            Assert.Equal(supporters.Order(StringComparer.Ordinal), result.Paths.Select(p => p.End.Id).Order(StringComparer.Ordinal));
            Assert.Equal(ReferenceTraversal.Depths(graph, target, TraversalRequest.DepthLimit).OrderBy(p => p.Key, StringComparer.Ordinal), DepthsOf(deep));
        }
    }

    [SkippableFact]
    public async Task Supporters_listed_by_kind_count_and_cap_only_what_is_listed()
    {
        await Store.ImportAsync(SupportGraph.Create());
        var projects = SupportGraph.ExpectedDepths.Keys.Where(id => id.StartsWith("project:", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var request = SupportTraversal.For(SupportGraph.Target, TraversalRequest.DepthLimit) with { Listed = [EntityKind.Project] };

        var all = await Store.TraverseAsync(request with { MaxResults = projects.Count });
        var capped = await Store.TraverseAsync(request with { MaxResults = projects.Count - 1 });

        Assert.Equal(projects, all.Paths.Select(p => p.End.Id).Order(StringComparer.Ordinal));
        Assert.False(all.Truncated, "the cap counts listed entities only, so four projects fit a cap of four");
        Assert.Equal(projects.Count - 1, capped.Paths.Count);
        Assert.All(capped.Paths, p => Assert.Equal(EntityKind.Project, p.End.Kind));
        Assert.True(capped.Truncated);
        var deepest = Assert.Single(all.Paths, p => p.End.Id == "project:membrane-phase-2");
        Assert.Equal(["industry:hydrogen", "industry:fuel-cells", "project:membrane-plant", "project:membrane-phase-2"], deepest.Segments.Select(s => s.Entity.Id));
    }

    [SkippableFact]
    public async Task Reimporting_an_unchanged_graph_keeps_every_version_and_a_changed_entity_moves_on()
    {
        await ImportSampleAsync();
        var first = (await Store.ExportAsync()).Entities.ToDictionary(e => e.Id, e => e.Version);
        var graph = SampleGraph.Create();
        var changed = graph with { Entities = [.. graph.Entities.Select(e => e.Id == SampleGraph.Plant ? e with { NameEn = "Liquid-hydrogen plant" } : e)] };

        await ImportSampleAsync();
        var again = (await Store.ExportAsync()).Entities.ToDictionary(e => e.Id, e => e.Version);
        await Store.ImportAsync(changed);
        var after = (await Store.ExportAsync()).Entities.ToDictionary(e => e.Id, e => e.Version);

        Assert.All(first.Values, v => Assert.Equal(1, v));
        Assert.Equal(first.OrderBy(p => p.Key, StringComparer.Ordinal), again.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(2, after[SampleGraph.Plant]);
        Assert.All(after.Where(p => p.Key != SampleGraph.Plant), p => Assert.Equal(1, p.Value));
    }

    [SkippableFact]
    public async Task An_idempotency_key_reused_for_a_different_change_is_refused_and_writes_nothing()
    {
        await ImportSampleAsync();
        var read = (await Store.GetEntitiesAsync([SampleGraph.Plant]))[0]!;
        var change = Curation.Upsert("alice", read with { NameEn = "Liquid-hydrogen plant" }, read.Version) with { IdempotencyKey = "k-1" };
        await Store.CurateAsync(change);

        var otherEntity = await Assert.ThrowsAsync<IdempotencyKeyReusedException>(() => Store.CurateAsync(change with { Entity = read with { NameEn = "Another name" } }));
        var otherAction = await Assert.ThrowsAsync<IdempotencyKeyReusedException>(() => Store.CurateAsync(Curation.Delete("alice", SampleGraph.Plant) with { IdempotencyKey = "k-1" }));
        var retried = await Store.CurateAsync(change);

        Assert.Equal("k-1", otherEntity.Key);
        Assert.Contains("already used for a different change", otherAction.Message, StringComparison.Ordinal);
        Assert.Equal("Liquid-hydrogen plant", (await Store.GetEntitiesAsync([SampleGraph.Plant]))[0]!.NameEn);
        Assert.Equal(read.Version + 1, retried.Version);
        Assert.Single(await Store.GetAuditTrailAsync(new AuditQuery { Subject = SampleGraph.Plant }));
    }

    [SkippableFact]
    public async Task Paths_between_two_entities_are_those_a_search_written_from_the_definition_finds()
    {
        var graph = PlanGraphGenerator.Generate(300, seed: 11);
        await Store.ImportAsync(graph);
        var targets = graph.Entities.Where(e => e.Kind == EntityKind.Target).Select(e => e.Id).Take(2).ToList();
        var starts = graph.Entities.Where(e => e.Kind is EntityKind.Project or EntityKind.Organization or EntityKind.Platform).Select(e => e.Id).Take(3).ToList();
        var checkedPaths = 0;
        foreach (var (from, to) in starts.SelectMany(s => targets.Select(t => (s, t))))
        {
            foreach (var request in new[]
            {
                new PathRequest(from, to, 4),
                new PathRequest(from, to, 3) { Mode = PathMode.AllSimple },
                new PathRequest(from, to, 5) { Direction = Direction.Outgoing, Mode = PathMode.AllSimple },
                new PathRequest(from, to, 3) { Kinds = [RelationshipKind.Supports, RelationshipKind.HostedOn, RelationshipKind.BelongsToIndustry, RelationshipKind.HasTarget], Mode = PathMode.AllSimple },
            })
            {
                var expected = ReferencePaths.Find(graph, request);

                var result = await Store.FindPathsAsync(request with { MaxPaths = 10_000 });

                Assert.False(result.Truncated);
                Assert.Equal(expected, result.Paths.Select(ReferencePaths.Describe).Order(StringComparer.Ordinal).ToList());
                Assert.All(result.Paths, p => Assert.Equal(to, p.End.Id));
                checkedPaths += expected.Count;
            }
        }

        Assert.True(checkedPaths > 0, "the generated graph connects some of the pairs");
    }

    [SkippableFact]
    public async Task Paths_come_fewest_hops_first_with_each_hops_relationship_direction_and_provenance_and_are_bounded()
    {
        await ImportSampleAsync();

        var all = await Store.FindPathsAsync(new PathRequest(SampleGraph.Plant, SampleGraph.Target, 4) { Mode = PathMode.AllSimple });
        var shortest = await Store.FindPathsAsync(new PathRequest(SampleGraph.Plant, SampleGraph.Target, 4));
        var one = await Store.FindPathsAsync(new PathRequest(SampleGraph.Plant, SampleGraph.Target, 4) { Mode = PathMode.AllSimple, MaxPaths = 1 });
        var forward = await Store.FindPathsAsync(new PathRequest(SampleGraph.Plant, SampleGraph.Target, 4) { Direction = Direction.Outgoing });

        // plant -BELONGS_TO_INDUSTRY-> hydrogen -HAS_TARGET-> target; then back down to the station that SUPPORTS it; then through the zone.
        Assert.Equal([2, 3, 4], all.Paths.Select(p => p.Depth));
        var path = Assert.Single(shortest.Paths);
        Assert.Equal([RelationshipKind.BelongsToIndustry, RelationshipKind.HasTarget], path.Segments.Select(s => s.Relationship.Kind));
        Assert.Equal([Direction.Outgoing, Direction.Outgoing], path.Segments.Select(s => s.Direction));
        Assert.Equal([SampleGraph.Hydrogen, SampleGraph.Target], path.Segments.Select(s => s.Entity.Id));
        Assert.Equal(SampleGraph.Cite(), path.Segments[1].Relationship.Provenance[0]);
        Assert.False(shortest.Truncated);
        Assert.Equal(ReferencePaths.Describe(all.Paths[0]), ReferencePaths.Describe(Assert.Single(one.Paths)));
        Assert.True(one.Truncated);
        Assert.Equal(ReferencePaths.Describe(path), ReferencePaths.Describe(Assert.Single(forward.Paths)));
        Assert.Empty((await Store.FindPathsAsync(new PathRequest(SampleGraph.Plant, SampleGraph.Target, 1))).Paths);
        Assert.Empty((await Store.FindPathsAsync(new PathRequest(SampleGraph.Target, SampleGraph.Plant, 4) { Direction = Direction.Outgoing })).Paths);
        Assert.Empty((await Store.FindPathsAsync(new PathRequest(SampleGraph.Plant, SampleGraph.Unrelated, 6))).Paths);
        var missing = await Assert.ThrowsAsync<EntityNotFoundException>(() => Store.FindPathsAsync(new PathRequest(SampleGraph.Plant, "target:nope", 3)));
        Assert.Equal("target:nope", missing.Id);
    }

    [SkippableFact]
    public async Task The_evidence_filter_keeps_traversals_paths_and_neighborhoods_to_well_cited_relationships()
    {
        var graph = WithBases(SampleGraph.Create(), (SampleGraph.Station, RelationshipKind.Supports, Basis.Inferred), (SampleGraph.Zone, RelationshipKind.FocusesOn, Basis.SameParagraph));
        await Store.ImportAsync(graph);

        foreach (var basis in new Basis?[] { null, Basis.Stated, Basis.SameParagraph, Basis.Inferred })
        {
            var request = SupportTraversal.For(SampleGraph.Target, 4) with { MinBasis = basis };
            var supporters = await Store.TraverseAsync(request);
            Assert.Equal(ReferenceTraversal.Depths(graph, SampleGraph.Target, 4, basis).OrderBy(p => p.Key), supporters.Paths.ToDictionary(p => p.End.Id, p => p.Depth).OrderBy(p => p.Key));

            var paths = await Store.FindPathsAsync(new PathRequest(SampleGraph.Station, SampleGraph.Target, 4) { Mode = PathMode.AllSimple, MinBasis = basis });
            Assert.Equal(ReferencePaths.Find(graph, new PathRequest(SampleGraph.Station, SampleGraph.Target, 4) { Mode = PathMode.AllSimple, MinBasis = basis }), paths.Paths.Select(ReferencePaths.Describe).Order(StringComparer.Ordinal));
        }

        var stated = await Store.TraverseAsync(SupportTraversal.For(SampleGraph.Target, 3) with { MinBasis = Basis.Stated });
        var station = Assert.Single(stated.Paths, p => p.End.Id == SampleGraph.Station);
        Assert.Equal(2, station.Depth);
        Assert.DoesNotContain(stated.Paths, p => p.End.Id == SampleGraph.Zone);
        var neighborhood = await Store.GetNeighborhoodAsync(new NeighborhoodRequest(SampleGraph.Hydrogen, 1) { MinBasis = Basis.Stated });
        Assert.DoesNotContain(neighborhood.Nodes, n => n.Id == SampleGraph.Zone);
        Assert.All(neighborhood.Edges, e => Assert.Equal(Basis.Stated, e.Provenance.Min(p => p.Basis)));
        var loose = await Store.GetNeighborhoodAsync(new NeighborhoodRequest(SampleGraph.Hydrogen, 1) { MinBasis = Basis.SameParagraph });
        Assert.Contains(loose.Nodes, n => n.Id == SampleGraph.Zone);
    }

    [SkippableFact]
    public async Task Impact_mirrors_supporters_and_agrees_with_a_plain_breadth_first_search()
    {
        var graph = PlanGraphGenerator.Generate(300, seed: 5);
        await Store.ImportAsync(graph);
        var checkedPairs = 0;
        foreach (var target in graph.Entities.Where(e => e.Kind == EntityKind.Target).Take(3))
        {
            var supporters = await Store.TraverseAsync(SupportTraversal.For(target.Id, 3) with { MaxResults = 10_000 });
            foreach (var supporter in supporters.Paths.Take(10))
            {
                var request = ImpactTraversal.For(supporter.End.Id, supporter.Depth) with { MaxResults = 10_000 };
                var impact = await Store.TraverseAsync(request);

                var reached = impact.Paths.ToDictionary(p => p.End.Id, p => p.Depth);
                Assert.True(reached.TryGetValue(target.Id, out var depth) && depth <= supporter.Depth, $"{supporter.End.Id} supports {target.Id} but its impact does not reach it");
                Assert.Equal(ReferenceStepWalk.Depths(graph, request).OrderBy(p => p.Key), reached.OrderBy(p => p.Key));
                checkedPairs++;
            }
        }

        Assert.True(checkedPairs > 0);
    }

    [SkippableFact]
    public async Task Impact_of_a_project_reaches_its_targets_and_their_goals()
    {
        await ImportSampleAsync();

        var impact = await Store.TraverseAsync(ImpactTraversal.For(SampleGraph.Plant, 4));

        var reached = impact.Paths.ToDictionary(p => p.End.Id);
        Assert.Equal(new[] { SampleGraph.Goal, SampleGraph.Hydrogen, SampleGraph.Target }.Order(StringComparer.Ordinal), reached.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([RelationshipKind.BelongsToIndustry, RelationshipKind.HasTarget, RelationshipKind.HasTarget], reached[SampleGraph.Goal].Segments.Select(s => s.Relationship.Kind));
        Assert.Equal([Direction.Outgoing, Direction.Outgoing, Direction.Incoming], reached[SampleGraph.Goal].Segments.Select(s => s.Direction));
    }

    /// <summary>The requests whose answers <see cref="TraversalWalk"/> defines: supporters and impact, whole and capped, all kinds and some listed.</summary>
    private static IEnumerable<TraversalRequest> WalkRequests(GraphData graph)
    {
        foreach (var start in graph.Entities.Where(e => e.Kind is EntityKind.Target or EntityKind.Goal).Take(6))
        {
            yield return SupportTraversal.For(start.Id, 4) with { MaxResults = 10_000 };
            yield return SupportTraversal.For(start.Id, 4) with { MaxResults = 5 };
            yield return SupportTraversal.For(start.Id, TraversalRequest.DepthLimit) with { Listed = [EntityKind.Project], MaxResults = 3 };
            yield return SupportTraversal.For(start.Id, 3) with { MinBasis = Basis.SameParagraph };
        }

        foreach (var start in graph.Entities.Where(e => e.Kind is EntityKind.Project or EntityKind.Platform).Take(6))
        {
            yield return ImpactTraversal.For(start.Id, 4) with { MaxResults = 10_000 };
            yield return ImpactTraversal.For(start.Id, 4) with { MaxResults = 2 };
        }
    }

    [SkippableFact]
    public async Task Traversals_are_the_shared_walk_path_for_path_in_its_order_and_with_its_caps()
    {
        var graph = PlanGraphGenerator.Generate(300, seed: 11);
        await Store.ImportAsync(graph);
        var reference = new GraphDataLevels(graph);
        var truncated = 0;

        foreach (var request in WalkRequests(graph))
        {
            var expected = reference.Traverse(request);
            var actual = await Store.TraverseAsync(request);

            Assert.Equal(GraphDataLevels.Describe(expected), GraphDataLevels.Describe(actual));
            truncated += expected.Truncated ? 1 : 0;
        }

        Assert.True(truncated > 0, "some requests should hit their cap");
    }

    [SkippableFact]
    public async Task Neighborhoods_are_the_shared_walk_node_for_node_and_edge_for_edge()
    {
        var graph = PlanGraphGenerator.Generate(300, seed: 13);
        await Store.ImportAsync(graph);
        var reference = new GraphDataLevels(graph);
        var truncated = 0;

        foreach (var center in graph.Entities.Where(e => e.Kind is EntityKind.Project or EntityKind.Industry or EntityKind.Target).Take(8))
        {
            foreach (var request in new[]
            {
                new NeighborhoodRequest(center.Id, 2),
                new NeighborhoodRequest(center.Id, 2) { MaxNodes = 5 },
                new NeighborhoodRequest(center.Id, 3) { Kinds = [RelationshipKind.Supports, RelationshipKind.BelongsToIndustry] },
                new NeighborhoodRequest(center.Id, 2) { MinBasis = Basis.Stated },
            })
            {
                var expected = reference.Neighborhood(request);
                var actual = await Store.GetNeighborhoodAsync(request);

                Assert.Equal(GraphDataLevels.Describe(expected), GraphDataLevels.Describe(actual));
                truncated += expected.Truncated ? 1 : 0;
            }
        }

        Assert.True(truncated > 0, "some neighborhoods should hit their cap");
    }

    private static GraphData WithBases(GraphData graph, params (string From, RelationshipKind Kind, Basis Basis)[] changes) => graph with
    {
        Relationships = graph.Relationships.Select(r => changes.FirstOrDefault(c => c.From == r.From && c.Kind == r.Kind) is { From: not null } c
            ? r with { Provenance = [r.Provenance[0] with { Basis = c.Basis }], Reasoning = c.Basis == Basis.Inferred ? "The test weakens this link to an inference." : r.Reasoning }
            : r).ToList(),
    };

    [SkippableFact]
    public async Task A_curated_upsert_bumps_the_version_and_is_recorded_in_the_audit_trail()
    {
        await ImportSampleAsync();
        var before = (await Store.GetEntitiesAsync([SampleGraph.Hydrogen]))[0]!;

        var entry = await Store.CurateAsync(Curation.Upsert("alice", before with { NameEn = "Hydrogen" }, before.Version));

        var after = (await Store.GetEntitiesAsync([SampleGraph.Hydrogen]))[0]!;
        Assert.Equal("Hydrogen", after.NameEn);
        Assert.Equal(before.Version + 1, after.Version);
        Assert.True(entry.Sequence > 0);
        Assert.Equal(after.Version, entry.Version);
        var trail = await Store.GetAuditTrailAsync(new AuditQuery { Subject = SampleGraph.Hydrogen });
        var recorded = Assert.Single(trail);
        Assert.Equal("alice", recorded.Actor);
        Assert.Equal(CurationAction.UpsertEntity, recorded.Action);
        Assert.Contains("Hydrogen energy", recorded.Before, StringComparison.Ordinal);
        Assert.Contains("\"Hydrogen\"", recorded.After, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_curated_write_from_a_stale_version_is_a_conflict_and_changes_nothing()
    {
        await ImportSampleAsync();
        var read = (await Store.GetEntitiesAsync([SampleGraph.Hydrogen]))[0]!;
        await Store.CurateAsync(Curation.Upsert("alice", read with { NameEn = "first" }, read.Version));

        var conflict = await Assert.ThrowsAsync<VersionConflictException>(() => Store.CurateAsync(Curation.Upsert("bob", read with { NameEn = "second" }, read.Version)));
        var deleteConflict = await Assert.ThrowsAsync<VersionConflictException>(() => Store.CurateAsync(Curation.Delete("bob", SampleGraph.Hydrogen, read.Version)));

        Assert.Equal(read.Version, conflict.Expected);
        Assert.Equal(read.Version + 1, conflict.Actual);
        Assert.Equal(read.Version + 1, deleteConflict.Actual);
        Assert.Equal("first", (await Store.GetEntitiesAsync([SampleGraph.Hydrogen]))[0]!.NameEn);
        Assert.Single(await Store.GetAuditTrailAsync(new AuditQuery { Subject = SampleGraph.Hydrogen }));
    }

    [SkippableFact]
    public async Task Concurrent_curators_from_the_same_version_lose_no_update_one_wins_the_rest_conflict()
    {
        await ImportSampleAsync();
        var read = (await Store.GetEntitiesAsync([SampleGraph.Plant]))[0]!;

        var attempts = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(async () =>
        {
            try
            {
                await Store.CurateAsync(Curation.Upsert($"curator-{i}", read with { NameEn = $"by {i}" }, read.Version));
                return $"by {i}";
            }
            catch (VersionConflictException)
            {
                return null;
            }
        })));

        var winner = Assert.Single(attempts, a => a is not null);
        var stored = (await Store.GetEntitiesAsync([SampleGraph.Plant]))[0]!;
        Assert.Equal(winner, stored.NameEn);
        Assert.Equal(read.Version + 1, stored.Version);
        Assert.Single(await Store.GetAuditTrailAsync(new AuditQuery { Subject = SampleGraph.Plant }));
    }

    [SkippableFact]
    public async Task Curated_deletes_links_and_unlinks_are_audited_and_a_no_op_records_nothing()
    {
        await ImportSampleAsync();
        var link = SampleGraph.Link(SampleGraph.Plant, RelationshipKind.Supports, SampleGraph.Target);

        var linked = await Store.CurateAsync(Curation.Link("carol", link));
        var unlinked = await Store.CurateAsync(Curation.Unlink("carol", link));
        var nothing = await Store.CurateAsync(Curation.Unlink("carol", link));
        var deleted = await Store.CurateAsync(Curation.Delete("dave", SampleGraph.Unrelated));
        var missing = await Store.CurateAsync(Curation.Delete("dave", SampleGraph.Unrelated));

        Assert.True(linked.Sequence > 0 && unlinked.Sequence > linked.Sequence && deleted.Sequence > unlinked.Sequence);
        Assert.Equal(0, nothing.Sequence);
        Assert.Equal(0, missing.Sequence);
        Assert.Null((await Store.GetEntitiesAsync([SampleGraph.Unrelated]))[0]);
        var trail = await Store.GetAuditTrailAsync(new AuditQuery());
        Assert.Equal([CurationAction.DeleteEntity, CurationAction.Unlink, CurationAction.Link], trail.Select(e => e.Action));
        Assert.Equal([deleted.Sequence, unlinked.Sequence, linked.Sequence], trail.Select(e => e.Sequence));
        Assert.Equal(link.Id, trail[2].Subject);
        Assert.Equal(["carol", "carol"], (await Store.GetAuditTrailAsync(new AuditQuery { Actor = "carol" })).Select(e => e.Actor));
        Assert.Equal([linked.Sequence], (await Store.GetAuditTrailAsync(new AuditQuery { Before = unlinked.Sequence })).Select(e => e.Sequence));
    }

    [SkippableFact]
    public async Task A_curated_link_records_the_relationship_it_replaces_and_an_unlink_the_stored_one()
    {
        await ImportSampleAsync();
        var stored = SampleGraph.Create().Relationships.Single(r => r.From == SampleGraph.Station && r.Kind == RelationshipKind.Supports);
        var replacement = stored with { Provenance = [SampleGraph.Cite("建设加氢站")] };

        var linked = await Store.CurateAsync(Curation.Link("carol", replacement));
        var unlinked = await Store.CurateAsync(Curation.Unlink("carol", new Relationship(stored.From, stored.Kind, stored.To)));

        Assert.Contains(SampleGraph.Cite().Quote, linked.Before, StringComparison.Ordinal);
        Assert.Contains("建设加氢站", linked.After, StringComparison.Ordinal);
        Assert.Contains("建设加氢站", unlinked.Before, StringComparison.Ordinal);
        Assert.Null(unlinked.After);
        var trail = await Store.GetAuditTrailAsync(new AuditQuery { Subject = stored.Id });
        Assert.Equal([(unlinked.Sequence, unlinked.Before, unlinked.After), (linked.Sequence, linked.Before, linked.After)], trail.Select(e => (e.Sequence, e.Before, e.After)));
        Assert.Empty((await Store.GetRelatedAsync([stored.From], new RelationFilter(Direction.Outgoing) { Kinds = [RelationshipKind.Supports] }))[0]);
    }

    [SkippableFact]
    public async Task A_retried_curation_with_the_same_idempotency_key_writes_once()
    {
        await ImportSampleAsync();
        var read = (await Store.GetEntitiesAsync([SampleGraph.Plant]))[0]!;
        var change = Curation.Upsert("alice", read with { NameEn = "Liquid-hydrogen plant" }) with { IdempotencyKey = "retry-1" };

        var first = await Store.CurateAsync(change);
        var second = await Store.CurateAsync(change);
        var otherActor = await Store.CurateAsync(change with { Actor = "bob" });

        Assert.Equal(first.Sequence, second.Sequence);
        Assert.Equal(first.Version, second.Version);
        Assert.NotEqual(first.Sequence, otherActor.Sequence);
        Assert.Equal(read.Version + 2, (await Store.GetEntitiesAsync([SampleGraph.Plant]))[0]!.Version);
        Assert.Equal(2, (await Store.GetAuditTrailAsync(new AuditQuery { Subject = SampleGraph.Plant })).Count);
    }

    [SkippableFact]
    public async Task A_curated_write_is_validated_like_any_other()
    {
        await ImportSampleAsync();

        await Assert.ThrowsAsync<GraphValidationException>(() => Store.CurateAsync(Curation.Upsert("eve", SampleGraph.Entity("project:x", EntityKind.Project, "项目", "Project") with { Provenance = [] })));
        await Assert.ThrowsAsync<GraphValidationException>(() => Store.CurateAsync(Curation.Link("eve", SampleGraph.Link(SampleGraph.Plant, RelationshipKind.MeasuredBy, SampleGraph.Indicator))));

        Assert.Empty(await Store.GetAuditTrailAsync(new AuditQuery()));
    }

    [SkippableFact]
    public async Task The_change_feed_lists_curations_after_a_sequence_oldest_first_with_before_and_after()
    {
        await ImportSampleAsync();
        var read = (await Store.GetEntitiesAsync([SampleGraph.Hydrogen]))[0]!;
        var link = SampleGraph.Link(SampleGraph.Plant, RelationshipKind.Supports, SampleGraph.Target);

        var upserted = await Store.CurateAsync(Curation.Upsert("alice", read with { NameEn = "Hydrogen" }, read.Version));
        var linked = await Store.CurateAsync(Curation.Link("bob", link));
        var unlinked = await Store.CurateAsync(Curation.Unlink("bob", link));
        var deleted = await Store.CurateAsync(Curation.Delete("carol", SampleGraph.Unrelated));
        await Store.CurateAsync(Curation.Delete("carol", SampleGraph.Unrelated));

        var all = await Store.GetChangesAsync(new ChangeQuery());
        Assert.Equal([upserted.Sequence, linked.Sequence, unlinked.Sequence, deleted.Sequence], all.Select(c => c.Sequence));
        Assert.Equal([CurationAction.UpsertEntity, CurationAction.Link, CurationAction.Unlink, CurationAction.DeleteEntity], all.Select(c => c.Action));
        Assert.Equal(["alice", "bob", "bob", "carol"], all.Select(c => c.Actor));
        Assert.Equal([SampleGraph.Hydrogen, link.Id, link.Id, SampleGraph.Unrelated], all.Select(c => c.Subject));
        Assert.Equal(read.Version + 1, all[0].Version);
        Assert.Contains($"\"version\":{read.Version}", all[0].Before, StringComparison.Ordinal);
        Assert.Contains("\"Hydrogen\"", all[0].After, StringComparison.Ordinal);
        Assert.Null(all[3].After);
        Assert.NotNull(all[3].Before);

        var afterLink = await Store.GetChangesAsync(new ChangeQuery { After = linked.Sequence });
        Assert.Equal([unlinked.Sequence, deleted.Sequence], afterLink.Select(c => c.Sequence));
        Assert.Empty(await Store.GetChangesAsync(new ChangeQuery { After = deleted.Sequence }));
    }

    [SkippableFact]
    public async Task A_follower_that_reconnects_with_its_last_sequence_misses_nothing_and_sees_nothing_twice()
    {
        await ImportSampleAsync();
        var plant = (await Store.GetEntitiesAsync([SampleGraph.Plant]))[0]!;
        var written = new List<long>();
        var seen = new List<long>();
        long last = 0;

        // Writes and small reads interleave: the follower "disconnects" after each page and resumes from its last sequence.
        for (var round = 0; round < 6; round++)
        {
            for (var i = 0; i < 4; i++)
            {
                written.Add((await Store.CurateAsync(Curation.Upsert($"curator-{i}", plant with { NameEn = $"round {round} write {i}" }))).Sequence);
            }

            var page = await Store.GetChangesAsync(new ChangeQuery { After = last, Limit = 3 });
            seen.AddRange(page.Select(c => c.Sequence));
            last = page.Count > 0 ? page[^1].Sequence : last;
        }

        while (await Store.GetChangesAsync(new ChangeQuery { After = last, Limit = 3 }) is { Count: > 0 } rest)
        {
            seen.AddRange(rest.Select(c => c.Sequence));
            last = rest[^1].Sequence;
        }

        Assert.Equal(written, seen);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [SkippableFact]
    public async Task Concurrent_curations_reach_the_change_feed_in_sequence_order_without_gaps_between_what_was_acknowledged()
    {
        await ImportSampleAsync();
        var plant = (await Store.GetEntitiesAsync([SampleGraph.Plant]))[0]!;

        var acknowledged = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
            (await Store.CurateAsync(Curation.Upsert($"curator-{i}", plant with { NameEn = $"write {i}" }))).Sequence)));

        var feed = (await Store.GetChangesAsync(new ChangeQuery { Limit = ChangeQuery.MaxLimit })).Select(c => c.Sequence).ToList();
        Assert.Equal(acknowledged.Order(), feed);
    }

    [SkippableFact]
    public async Task An_out_of_range_change_query_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.GetChangesAsync(new ChangeQuery { After = -1 }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Store.GetChangesAsync(new ChangeQuery { Limit = 0 }));
    }

    private static readonly Lazy<GraphData> _plan = new(() => GraphPlan.Core.Seed.SeedLoader.Load(RepositoryPaths.Seed).Graph);

    /// <summary>The curated plan: the expected answers below are LINQ over it, written from the filter definitions.</summary>
    protected static GraphData Plan => _plan.Value;

    private Task ImportPlanAsync() => Store.ImportAsync(Plan);

    private async Task<List<string>> FilteredIdsAsync(EntityFilter where, params EntityKind[] kinds) =>
        (await Store.FindEntitiesAsync(new EntityQuery { Kinds = kinds, Where = where, Limit = 1000 })).Items.Select(e => e.Id).ToList();

    private static List<string> Expected(Func<Entity, bool> predicate, params EntityKind[] kinds) =>
        Plan.Entities.Where(e => (kinds.Length == 0 || kinds.Contains(e.Kind)) && predicate(e)).Select(e => e.Id).Order(StringComparer.Ordinal).ToList();

    [SkippableFact]
    public async Task A_typed_filter_combines_text_operators_with_and_or_and_not()
    {
        await ImportPlanAsync();
        var where = new AllFilter(
        [
            new AnyFilter([new TextFilter(TextField.Name, TextOperator.Contains, ["产值"]), new TextFilter(TextField.Alias, TextOperator.StartsWith, ["生产"])]),
            new NotFilter(new TextFilter(TextField.Id, TextOperator.In, ["indicator:gdp", "indicator:hydrogen-output"])),
            new KindFilter([EntityKind.Indicator, EntityKind.Target]),
        ]);

        var ids = await FilteredIdsAsync(where);

        var expected = Expected(e => (e.Name.Contains("产值", StringComparison.Ordinal) || e.Aliases.Any(a => a.StartsWith("生产", StringComparison.Ordinal)))
            && e.Id is not ("indicator:gdp" or "indicator:hydrogen-output") && e.Kind is EntityKind.Indicator or EntityKind.Target);
        Assert.True(expected.Count > 3);
        Assert.Equal(expected, ids);
    }

    [SkippableFact]
    public async Task A_list_valued_attribute_matches_its_items_and_a_plain_one_its_whole_value()
    {
        await ImportPlanAsync();

        var table21 = await FilteredIdsAsync(new TextFilter(TextField.Attribute, TextOperator.Eq, ["2-1"]) { Key = "table" }, EntityKind.Indicator);
        var both = await FilteredIdsAsync(new TextFilter(TextField.Attribute, TextOperator.Eq, ["1-1 2-1"]) { Key = "table" }, EntityKind.Indicator);
        var categories = await FilteredIdsAsync(new TextFilter(TextField.Attribute, TextOperator.StartsWith, ["生态"]) { Key = "category" }, EntityKind.Indicator);

        Assert.Equal(Expected(e => e.Attribute("table")?.Split(' ').Contains("2-1") == true, EntityKind.Indicator), table21);
        Assert.Equal(34, table21.Count);
        Assert.Contains("indicator:gdp", table21);
        Assert.Empty(both);
        Assert.Equal(Expected(e => e.Attribute("category")?.StartsWith("生态", StringComparison.Ordinal) == true, EntityKind.Indicator), categories);
    }

    [SkippableFact]
    public async Task A_value_filter_compares_the_number_of_one_value_of_a_year_role_and_unit()
    {
        await ImportPlanAsync();
        var filter = new ValueFilter { Year = 2025, Role = ValueRole.Target, Unit = "亿元", Range = new NumberRange { Gte = 100, Lt = 1200 } };

        var ids = await FilteredIdsAsync(filter, EntityKind.Indicator);
        var assigned = await FilteredIdsAsync(new ValueFilter { Year = 2025, Kind = ValueKind.Assigned }, EntityKind.Indicator);

        Assert.Equal(Expected(e => e.Values.Any(v => v.Year == 2025 && v.Role == ValueRole.Target && v.Unit == "亿元" && v.Value >= 100 && v.Value < 1200), EntityKind.Indicator), ids);
        Assert.Contains("indicator:hydrogen-output", ids);
        Assert.DoesNotContain("indicator:industrial-output-above-scale", ids);
        Assert.Equal(Expected(e => e.Values.Any(v => v.Year == 2025 && v.Kind == ValueKind.Assigned), EntityKind.Indicator), assigned);
        Assert.NotEmpty(assigned);
    }

    [SkippableFact]
    public async Task A_target_curated_for_a_year_is_found_by_year_and_role_at_once_and_gone_once_removed()
    {
        await ImportPlanAsync();
        var where = new ValueFilter { Year = 2020, Role = ValueRole.Target };
        bool HasTarget2020(Entity e) => e.Values.Any(v => v.Year == 2020 && v.Role == ValueRole.Target);
        var without = Plan.Entities.First(e => e.Kind == EntityKind.Indicator && !HasTarget2020(e)).Id;
        var holder = Plan.Entities.First(e => e.Kind == EntityKind.Indicator && HasTarget2020(e)).Id;
        var planned = Expected(HasTarget2020, EntityKind.Indicator);
        var read = (await Store.GetEntitiesAsync([without]))[0]!;
        var target = new Measurement { Year = 2020, Role = ValueRole.Target, Text = "100亿元", Value = 100m, Unit = "亿元" };

        var imported = await FilteredIdsAsync(where, EntityKind.Indicator);
        await Store.CurateAsync(Curation.Upsert("alice", read with { Values = [.. read.Values, target] }, read.Version));
        var added = await FilteredIdsAsync(where, EntityKind.Indicator);
        var addedAnyKind = await FilteredIdsAsync(where);
        var page = await Store.FindEntitiesAsync(new EntityQuery { Kinds = [EntityKind.Indicator], Where = where, Offset = 1, Limit = 2, Descending = true });
        var renamed = (await Store.GetEntitiesAsync([without]))[0]!;
        await Store.CurateAsync(Curation.Upsert("alice", renamed with { NameEn = "Renamed" }, renamed.Version));
        var afterRename = (await Store.FindEntitiesAsync(new EntityQuery { Kinds = [EntityKind.Indicator], Where = where, Limit = 1000 })).Items.Single(e => e.Id == without);
        var current = (await Store.GetEntitiesAsync([without]))[0]!;
        await Store.CurateAsync(Curation.Upsert("alice", current with { Values = current.Values.Where(v => v.Year != 2020 || v.Role != ValueRole.Target).ToList() }, current.Version));
        var removed = await FilteredIdsAsync(where, EntityKind.Indicator);
        await Store.CurateAsync(Curation.Delete("alice", holder));
        var deleted = await Store.FindEntitiesAsync(new EntityQuery { Kinds = [EntityKind.Indicator], Where = where, Limit = 1000 });

        var withAdded = planned.Append(without).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(planned, imported);
        Assert.Equal(Expected(HasTarget2020).Append(without).Order(StringComparer.Ordinal), addedAnyKind);
        Assert.Equal(withAdded, added);
        Assert.Equal(withAdded.AsEnumerable().Reverse().Skip(1).Take(2), page.Items.Select(e => e.Id));
        Assert.Equal(withAdded.Count, page.TotalCount);
        Assert.Equal("Renamed", afterRename.NameEn);
        Assert.Equal(planned, removed);
        Assert.Equal(planned.Where(id => id != holder), deleted.Items.Select(e => e.Id));
        Assert.Equal(planned.Count - 1, deleted.TotalCount);
    }

    [SkippableFact]
    public async Task Binding_is_asked_of_one_plan_period_at_a_time()
    {
        await ImportPlanAsync();

        var fourteenth = await FilteredIdsAsync(new CommitmentFilter(PlanPeriod.Fourteenth, Commitment.Binding));
        var thirteenth = await FilteredIdsAsync(new CommitmentFilter(PlanPeriod.Thirteenth, Commitment.Binding));
        var expected14 = await FilteredIdsAsync(new CommitmentFilter(PlanPeriod.Fourteenth, Commitment.Expected));

        Assert.Equal(10, fourteenth.Count);
        Assert.Equal(7, thirteenth.Count);
        Assert.Equal(Expected(e => e.Attribute("attribute") == "binding"), fourteenth);
        Assert.Equal(Expected(e => e.Attribute("attribute13th") == "binding"), thirteenth);
        Assert.Equal(34 - 10, expected14.Count);
    }

    [SkippableFact]
    public async Task Relationship_existence_and_absence_follow_kind_direction_and_the_other_end()
    {
        await ImportPlanAsync();
        bool Has(Entity e, RelationshipKind kind, bool outgoing, Func<Entity, bool>? other = null) =>
            Plan.Relationships.Any(r => r.Kind == kind && (outgoing ? r.From : r.To) == e.Id
                && (other is null || other(Plan.Entities.Single(x => x.Id == (outgoing ? r.To : r.From)))));

        var unhosted = await FilteredIdsAsync(new NotFilter(new RelatedFilter(RelationshipKind.HostedOn)), EntityKind.Project);
        var untargeted = await FilteredIdsAsync(new NotFilter(new RelatedFilter(RelationshipKind.MeasuredBy, Direction.Incoming)), EntityKind.Indicator);
        var coreFocused = await FilteredIdsAsync(new RelatedFilter(RelationshipKind.FocusesOn) { OtherKinds = [EntityKind.Industry], Other = new TextFilter(TextField.Attribute, TextOperator.Eq, ["core"]) { Key = "level" } }, EntityKind.Platform);

        Assert.Equal(Expected(e => !Has(e, RelationshipKind.HostedOn, true), EntityKind.Project), unhosted);
        Assert.Equal(Expected(e => !Has(e, RelationshipKind.MeasuredBy, false), EntityKind.Indicator), untargeted);
        Assert.Equal(Expected(e => Has(e, RelationshipKind.FocusesOn, true, o => o.Kind == EntityKind.Industry && o.Attribute("level") == "core"), EntityKind.Platform), coreFocused);
        Assert.NotEmpty(unhosted);
        Assert.NotEmpty(coreFocused);
    }

    [SkippableFact]
    public async Task Several_sort_keys_and_a_value_order_a_filtered_page_with_missing_values_last()
    {
        await ImportPlanAsync();
        var query = new EntityQuery
        {
            Kinds = [EntityKind.Indicator],
            Where = new TextFilter(TextField.Attribute, TextOperator.In, ["1-1", "2-1"]) { Key = "table" },
            Sort = [new EntitySortKey(EntityOrder.Value, true) { Year = 2025, Role = ValueRole.Target }, new EntitySortKey(EntityOrder.Attribute) { Key = "category" }, new EntitySortKey(EntityOrder.Name)],
            Offset = 5,
            Limit = 40,
        };

        var page = await Store.FindEntitiesAsync(query);

        decimal? Target(Entity e) => e.Values.FirstOrDefault(v => v.Year == 2025 && v.Role == ValueRole.Target && v.Value is not null)?.Value;
        var matching = Plan.Entities.Where(e => e.Kind == EntityKind.Indicator && e.Attribute("table")!.Split(' ').Intersect(["1-1", "2-1"]).Any()).ToList();
        var expected = matching
            .OrderBy(e => Target(e) is null ? 0 : 1)
            .ThenByDescending(e => Target(e) ?? 0)
            .ThenBy(e => e.Attribute("category") is null ? 1 : 0).ThenBy(e => e.Attribute("category"), StringComparer.Ordinal)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .Skip(5).Take(40).Select(e => e.Id).ToList();
        Assert.Equal(matching.Count, page.TotalCount);
        Assert.Equal(expected, page.Items.Select(e => e.Id));
    }

    [SkippableFact]
    public async Task Counts_group_entities_by_kind_attribute_platform_industry_and_chapter()
    {
        await ImportPlanAsync();
        Entity ById(string id) => Plan.Entities.Single(e => e.Id == id);
        static List<(string? Key, int Count)> Ordered(IEnumerable<(string? Key, int Count)> groups) =>
            groups.Where(g => g.Key is not null).OrderByDescending(g => g.Count).ThenBy(g => g.Key, StringComparer.Ordinal).Concat(groups.Where(g => g.Key is null)).ToList();
        async Task<List<(string? Key, int Count)>> CountAsync(CountQuery query) =>
            (await Store.CountAsync(query)).Select(g => (g.Key, g.Count)).ToList();
        List<(string? Key, int Count)> GroupRelated(EntityKind kind, RelationshipKind[] kinds, EntityKind otherKind) =>
            Ordered(Plan.Entities.Where(e => e.Kind == kind)
                .SelectMany(e =>
                {
                    var others = Plan.Relationships.Where(r => r.From == e.Id && kinds.Contains(r.Kind) && ById(r.To).Kind == otherKind).Select(r => (string?)r.To).Distinct().ToList();
                    return others.Count == 0 ? [null] : others;
                })
                .GroupBy(k => k).Select(g => (g.Key, g.Count())));

        Assert.Equal(Ordered(Plan.Entities.GroupBy(e => e.Kind.ToString()).Select(g => ((string?)g.Key, g.Count()))), await CountAsync(new CountQuery(CountGrouping.Kind)));
        Assert.Equal(
            Ordered(Plan.Entities.Where(e => e.Kind == EntityKind.Indicator).SelectMany(e => e.Attribute("table")!.Split(' ')).GroupBy(t => t).Select(g => ((string?)g.Key, g.Count()))),
            await CountAsync(new CountQuery(CountGrouping.Attribute) { Kinds = [EntityKind.Indicator], AttributeKey = "table" }));
        Assert.Equal(GroupRelated(EntityKind.Project, [RelationshipKind.HostedOn], EntityKind.Platform), await CountAsync(new CountQuery(CountGrouping.Platform) { Kinds = [EntityKind.Project] }));
        Assert.Equal(
            GroupRelated(EntityKind.Platform, [RelationshipKind.BelongsToIndustry, RelationshipKind.FocusesOn], EntityKind.Industry),
            await CountAsync(new CountQuery(CountGrouping.Industry) { Kinds = [EntityKind.Platform] }));
        string? ChapterOf(string section) => ById(section).Kind == EntityKind.Chapter
            ? section
            : Plan.Relationships.FirstOrDefault(r => r.From == section && r.Kind == RelationshipKind.PartOf && ById(r.To).Kind == EntityKind.Chapter)?.To;
        Assert.Equal(
            Ordered(Plan.Entities.Where(e => e.Kind == EntityKind.Project).SelectMany(e => e.Provenance.Select(p => ChapterOf(p.Section)).Distinct()).GroupBy(c => c).Select(g => (g.Key, g.Count()))),
            await CountAsync(new CountQuery(CountGrouping.Chapter) { Kinds = [EntityKind.Project] }));
    }

    [SkippableFact]
    public async Task Counts_group_the_relationships_of_the_matching_entities_by_kind_and_basis_each_once()
    {
        await ImportPlanAsync();
        var platforms = Plan.Entities.Where(e => e.Kind == EntityKind.Platform).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        var touching = Plan.Relationships.Where(r => platforms.Contains(r.From) || platforms.Contains(r.To)).ToList();
        var outgoing = Plan.Relationships.Where(r => platforms.Contains(r.From)).ToList();

        var byKind = await Store.CountAsync(new CountQuery(CountGrouping.RelationshipKind) { Kinds = [EntityKind.Platform] });
        var byBasis = await Store.CountAsync(new CountQuery(CountGrouping.Basis) { Kinds = [EntityKind.Platform], Direction = Direction.Outgoing });

        Assert.Equal(
            touching.GroupBy(r => GraphNames.Of(r.Kind)).Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2).ThenBy(g => g.Key, StringComparer.Ordinal),
            byKind.Select(g => (g.Key!, g.Count)));
        Assert.Equal(
            outgoing.GroupBy(r => GraphNames.Of(r.Provenance.Min(p => p.Basis))).Select(g => (g.Key, g.Count())).OrderByDescending(g => g.Item2).ThenBy(g => g.Key, StringComparer.Ordinal),
            byBasis.Select(g => (g.Key!, g.Count)));
    }

    [SkippableFact]
    public async Task Value_statistics_group_by_unit_year_and_role_and_never_add_units_together()
    {
        await ImportPlanAsync();
        var where = new ValueFilter { Year = 2025, Role = ValueRole.Target };

        var summaries = await Store.SummarizeValuesAsync(new ValueSummaryQuery { Kinds = [EntityKind.Indicator], Where = where, Year = 2025 });

        var expected = Plan.Entities.Where(e => e.Kind == EntityKind.Indicator && e.Values.Any(v => v.Year == 2025 && v.Role == ValueRole.Target))
            .SelectMany(e => e.Values.Where(v => v.Year == 2025 && v.Value is not null).Select(v => (Entity: e.Id, v.Unit, v.Role, Value: v.Value!.Value)))
            .GroupBy(v => (v.Unit, v.Role))
            .OrderBy(g => g.Key.Unit, StringComparer.Ordinal).ThenBy(g => g.Key.Role)
            .Select(g => new ValueSummary(g.Key.Unit, 2025, g.Key.Role, g.Count(), g.Select(v => v.Entity).Distinct().Count(), g.Sum(v => v.Value), g.Min(v => v.Value), g.Max(v => v.Value), Math.Round(g.Average(v => v.Value), 6)))
            .ToList();
        Assert.Equal(expected, summaries);
        var core = Assert.Single(await Store.SummarizeValuesAsync(new ValueSummaryQuery
        {
            Where = new TextFilter(TextField.Id, TextOperator.In, ["indicator:hydrogen-output", "indicator:aerospace-output", "indicator:green-chemical-output"]),
            Year = 2025,
            Role = ValueRole.Target,
        }));
        Assert.Equal(("亿元", 3, 1200m, 100m, 1000m, 400m), (core.Unit, core.Count, core.Sum, core.Min, core.Max, core.Average));
    }

    [SkippableFact]
    public async Task Degree_ranking_counts_each_relationship_once_and_breaks_ties_by_id()
    {
        await ImportPlanAsync();

        var ranked = await Store.RankByDegreeAsync(new DegreeQuery { Kinds = [EntityKind.Platform], Limit = 7 });
        var hosting = await Store.RankByDegreeAsync(new DegreeQuery { Kinds = [EntityKind.Platform], RelationshipKinds = [RelationshipKind.HostedOn], Direction = Direction.Incoming, Limit = 3 });

        var expected = Plan.Entities.Where(e => e.Kind == EntityKind.Platform)
            .Select(e => (e.Id, Degree: Plan.Relationships.Count(r => r.From == e.Id || r.To == e.Id)))
            .Where(x => x.Degree > 0).OrderByDescending(x => x.Degree).ThenBy(x => x.Id, StringComparer.Ordinal).Take(7).ToList();
        Assert.Equal(expected, ranked.Select(r => (r.Entity.Id, r.Degree)));
        var expectedHosting = Plan.Entities.Where(e => e.Kind == EntityKind.Platform)
            .Select(e => (e.Id, Degree: Plan.Relationships.Count(r => r.To == e.Id && r.Kind == RelationshipKind.HostedOn)))
            .Where(x => x.Degree > 0).OrderByDescending(x => x.Degree).ThenBy(x => x.Id, StringComparer.Ordinal).Take(3).ToList();
        Assert.Equal(expectedHosting, hosting.Select(r => (r.Entity.Id, r.Degree)));
    }

    [SkippableFact]
    public async Task A_filter_beyond_the_size_limits_is_refused()
    {
        await ImportSampleAsync();
        EntityFilter deep = new KindFilter([EntityKind.Project]);
        for (var i = 0; i < EntityFilterRules.MaxDepth; i++)
        {
            deep = new NotFilter(deep);
        }

        var wide = new AnyFilter(Enumerable.Range(0, EntityFilterRules.MaxClauses).Select(i => (EntityFilter)new TextFilter(TextField.Id, TextOperator.Eq, [$"x{i}"])).ToList());

        await Assert.ThrowsAsync<ArgumentException>(() => Store.FindEntitiesAsync(new EntityQuery { Where = deep }));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.CountAsync(new CountQuery(CountGrouping.Kind) { Where = wide }));
    }

    [SkippableFact]
    public async Task Search_puts_the_exact_name_first_and_every_hit_holds_the_terms()
    {
        await ImportSampleAsync();

        var results = await Search.SearchAsync(new SearchRequest("氢能"));

        Assert.Equal(SampleGraph.Hydrogen, results.Hits[0].Entity.Id);
        Assert.Equal(results.TotalCount, results.Hits.Count);
        Assert.All(results.Hits, hit => Assert.True(HoldsEveryTerm(hit.Entity, "氢能"), $"{hit.Entity.Id} does not hold 氢能"));
        Assert.Equal(results.Hits.Select(h => h.Score).OrderDescending(), results.Hits.Select(h => h.Score));
        Assert.Contains(results.Hits[0].Highlights, h => h.Field == "name" && h.Fragment == "<em>氢能</em>");
    }

    [SkippableFact]
    public async Task Search_finds_a_hyphenated_english_name_from_its_words()
    {
        await ImportSampleAsync();

        var results = await Search.SearchAsync(new SearchRequest("liquid hydrogen"));

        Assert.Equal(SampleGraph.Plant, results.Hits[0].Entity.Id);
        Assert.All(results.Hits, hit => Assert.True(HoldsEveryTerm(hit.Entity, "liquid hydrogen"), $"{hit.Entity.Id} does not hold both words"));
    }

    [SkippableFact]
    public async Task Search_filters_by_kind_and_pages_without_overlap()
    {
        await ImportSampleAsync();

        var all = await Search.SearchAsync(new SearchRequest("氢能") { Kinds = [EntityKind.Project, EntityKind.Platform] });
        var first = await Search.SearchAsync(new SearchRequest("氢能") { Kinds = [EntityKind.Project, EntityKind.Platform], Limit = 1 });
        var second = await Search.SearchAsync(new SearchRequest("氢能") { Kinds = [EntityKind.Project, EntityKind.Platform], Offset = 1, Limit = 1 });

        Assert.NotEmpty(all.Hits);
        Assert.All(all.Hits, hit => Assert.Contains(hit.Entity.Kind, new[] { EntityKind.Project, EntityKind.Platform }));
        Assert.Equal(all.Hits.Take(2).Select(h => h.Entity.Id), first.Hits.Concat(second.Hits).Select(h => h.Entity.Id));
        Assert.Equal(all.TotalCount, first.TotalCount);
    }

    [SkippableFact]
    public async Task A_written_entity_is_found_at_once_and_a_deleted_one_is_not()
    {
        await ImportSampleAsync();
        Assert.Empty((await Search.SearchAsync(new SearchRequest("液氢储罐"))).Hits);

        await Store.CurateAsync(Curation.Upsert("curator", SampleGraph.Entity("project:liquid-hydrogen-tanks", EntityKind.Project, "液氢储罐", "Liquid hydrogen tanks")));
        var found = await Search.SearchAsync(new SearchRequest("液氢储罐"));
        await Store.DeleteEntityAsync("project:liquid-hydrogen-tanks");
        var gone = await Search.SearchAsync(new SearchRequest("液氢储罐"));

        Assert.Equal("project:liquid-hydrogen-tanks", found.Hits[0].Entity.Id);
        Assert.DoesNotContain(gone.Hits, h => h.Entity.Id == "project:liquid-hydrogen-tanks");
    }

    [SkippableFact]
    public async Task Query_syntax_is_searched_as_text_and_overlong_text_is_refused()
    {
        await ImportSampleAsync();

        foreach (var text in new[] { "AND OR * ? \"", "氢能 AND (fuel*", "\\", "", "   ", "name:氢能^100", "+-&&||!(){}[]^~:/" })
        {
            var results = await Search.SearchAsync(new SearchRequest(text));
            Assert.True(results.TotalCount >= results.Hits.Count, text);
        }

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => Search.SearchAsync(new SearchRequest(new string('氢', 10_000))));
        Assert.Contains($"at most {SearchRequest.MaxTextLength}", refused.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_graph_version_moves_forward_with_every_kind_of_write_and_not_with_reads()
    {
        var versions = new List<long> { await Store.GetGraphVersionAsync() };
        async Task Wrote() => versions.Add(await Store.GetGraphVersionAsync());

        await ImportSampleAsync();
        await Wrote();
        var read = (await Store.GetEntitiesAsync([SampleGraph.Hydrogen]))[0]!;
        await Store.FindEntitiesAsync(new EntityQuery { Limit = 5 });
        Assert.Equal(versions[^1], await Store.GetGraphVersionAsync());

        await Store.UpsertEntityAsync(read with { NameEn = "Hydrogen energy" });
        await Wrote();
        await Store.LinkAsync(SampleGraph.Link(SampleGraph.Zone, RelationshipKind.Supports, SampleGraph.Target));
        await Wrote();
        await Store.UnlinkAsync(SampleGraph.Zone, RelationshipKind.Supports, SampleGraph.Target);
        await Wrote();
        await Store.CurateAsync(Curation.Upsert("alice", (await Store.GetEntitiesAsync([SampleGraph.Hydrogen]))[0]! with { NameEn = "Hydrogen" }));
        await Wrote();
        await Store.CurateAsync(Curation.Link("alice", SampleGraph.Link(SampleGraph.Zone, RelationshipKind.Supports, SampleGraph.Target)));
        await Wrote();
        await Store.CurateAsync(Curation.Unlink("alice", SampleGraph.Link(SampleGraph.Zone, RelationshipKind.Supports, SampleGraph.Target)));
        await Wrote();
        await Store.CurateAsync(Curation.Delete("alice", SampleGraph.Unrelated));
        await Wrote();
        await Store.DeleteEntityAsync(SampleGraph.Plant);
        await Wrote();

        for (var i = 1; i < versions.Count; i++)
        {
            Assert.True(versions[i] > versions[i - 1], $"write {i} left the graph version at {versions[i]} (before: {versions[i - 1]})");
        }
    }

    [SkippableFact]
    public async Task A_write_is_readable_as_soon_as_the_version_it_moved_to_is()
    {
        await ImportSampleAsync();
        var before = await Store.GetGraphVersionAsync();
        var read = (await Store.GetEntitiesAsync([SampleGraph.Hydrogen]))[0]!;

        await Store.CurateAsync(Curation.Upsert("alice", read with { NameEn = "Curated at once" }, read.Version));
        var after = await Store.GetGraphVersionAsync();
        var reread = (await Store.GetEntitiesAsync([SampleGraph.Hydrogen]))[0]!;

        Assert.True(after > before);
        Assert.Equal("Curated at once", reread.NameEn);
    }

    protected ISearchIndex Search => Store as ISearchIndex ?? throw new InvalidOperationException($"{Store.GetType().Name} does not search");

    /// <summary>Some field (names, aliases, id, a provenance quote) holds every term of the text.</summary>
    private static bool HoldsEveryTerm(Entity entity, string text)
    {
        var terms = SearchText.Terms(text);
        return new[] { entity.Id, entity.Name, entity.NameEn }.Concat(entity.Aliases).Concat(entity.Provenance.Select(p => p.Quote))
            .Any(field => SearchText.ContainsAll(field, terms));
    }

    protected abstract Task<IGraphStore> CreateEmptyStoreAsync();

    protected virtual Task DisposeStoreAsync(IGraphStore store)
    {
        (store as IDisposable)?.Dispose();
        return Task.CompletedTask;
    }

    private static IEnumerable<string> Sorted(params string[] ids) => ids.Order(StringComparer.Ordinal);

    private static IEnumerable<KeyValuePair<string, int>> DepthsOf(TraversalResult result) =>
        result.Paths.ToDictionary(p => p.End.Id, p => p.Depth, StringComparer.Ordinal).OrderBy(p => p.Key, StringComparer.Ordinal);

    protected Task ImportSampleAsync() => Store.ImportAsync(SampleGraph.Create());
}
