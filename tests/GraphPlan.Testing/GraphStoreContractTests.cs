using GraphPlan.Core.Graph;
using GraphPlan.Core.Search;
using GraphPlan.Core.Store;
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
    [InlineData("换行\n制表\t和😀")]
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
        var graph = GeneratedPlanGraph.Create(plans: 2, seed: 7);
        await Store.ImportAsync(graph);
        var target = graph.Entities.First(e => e.Kind == EntityKind.Target).Id;

        var result = await Store.TraverseAsync(SupportTraversal.For(target, 4) with { MaxResults = 10_000 });

        var expected = ReferenceTraversal.Depths(graph, SupportTraversal.For(target, 4));
        Assert.NotEmpty(expected);
        Assert.Equal(expected.OrderBy(p => p.Key), result.Paths.ToDictionary(p => p.End.Id, p => p.Depth).OrderBy(p => p.Key));
    }

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

    protected Task ImportSampleAsync() => Store.ImportAsync(SampleGraph.Create());
}
