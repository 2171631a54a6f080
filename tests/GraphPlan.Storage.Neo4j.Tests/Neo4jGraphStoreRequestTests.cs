using System.Net;
using System.Text.Json;
using GraphPlan.Core.Graph;
using GraphPlan.Core.Search;
using GraphPlan.Core.Store;
using GraphPlan.Storage.Neo4j.Tests.Fakes;
using GraphPlan.Testing;

namespace GraphPlan.Storage.Neo4j.Tests;

/// <summary>What the store sends for each call: how many requests, in which mode, and that inputs only travel as parameters.</summary>
public sealed class Neo4jGraphStoreRequestTests : IDisposable
{
    private const string Hostile = "'}) DETACH DELETE n // \" \\ $name \n😀";

    // Names may not break lines (EntityRules); everything else of the hostile text they may hold.
    private const string HostileName = "'}) DETACH DELETE n // \" \\ $name 😀";

    private readonly FakeNeo4jHandler _server = new();
    private readonly Neo4jGraphStore _store;

    public Neo4jGraphStoreRequestTests()
    {
        _server.Answer = new GraphAnswers(SampleGraph.Create()).Answer;
        _store = TestClients.Store(_server);
    }

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task Many_ids_cost_one_read_request_and_come_back_in_order_with_nulls()
    {
        string[] ids = [SampleGraph.Plant, "project:nope", SampleGraph.Hydrogen, SampleGraph.Plant];

        var entities = await _store.GetEntitiesAsync(ids);

        Assert.Equal([SampleGraph.Plant, null, SampleGraph.Hydrogen, SampleGraph.Plant], entities.Select(e => e?.Id));
        var request = Assert.Single(_server.Requests);
        Assert.Equal("Read", request.AccessMode);
        Assert.Equal([SampleGraph.Plant, "project:nope", SampleGraph.Hydrogen], request.Parameters.GetProperty("ids").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task An_entity_reads_back_with_every_field()
    {
        var written = SampleGraph.Create().Entities.Single(e => e.Id == SampleGraph.Target);

        var read = (await _store.GetEntitiesAsync([written.Id]))[0]!;

        Assert.Equal(written.Attributes, read.Attributes);
        Assert.Equal(written.Values, read.Values);
        Assert.Equal(written.Provenance, read.Provenance);
        Assert.Equal(written.Name, read.Name);
    }

    [Fact]
    public async Task No_ids_cost_no_request()
    {
        Assert.Empty(await _store.GetEntitiesAsync([]));
        Assert.Empty(await _store.GetRelatedAsync([], new RelationFilter()));
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Hostile_ids_names_and_search_text_travel_only_as_parameters()
    {
        _server.Answer = request => request.Statement.Contains("RETURN size(matches) AS total", StringComparison.Ordinal)
            ? GraphAnswers.Reply(["total", "items"], [[0, Array.Empty<object>()]])
            : request.Statement.Contains("AS written", StringComparison.Ordinal)
                ? GraphAnswers.Reply(["written"], [[1]])
                : request.Statement.Contains("DETACH DELETE n\nRETURN", StringComparison.Ordinal) || request.Statement.Contains("DELETE r", StringComparison.Ordinal)
                    ? GraphAnswers.Reply(["deleted"], [[0]])
                    : GraphAnswers.Reply(["entity"], []);
        var entity = SampleGraph.Entity("project:hostile", EntityKind.Project, HostileName, HostileName, HostileName) with { Provenance = [new Provenance(SampleGraph.Section, Hostile)] };

        await _store.GetEntitiesAsync([Hostile]);
        await _store.FindEntitiesAsync(new EntityQuery { Search = Hostile, Attributes = new Dictionary<string, string> { ["status"] = Hostile } });
        await _store.UpsertEntityAsync(entity);
        await _store.DeleteEntityAsync(Hostile);
        await _store.UnlinkAsync(Hostile, RelationshipKind.Supports, Hostile);
        await _store.GetRelatedAsync([Hostile], new RelationFilter());

        Assert.Equal(6, _server.Requests.Count);
        Assert.All(_server.Requests, r => Assert.DoesNotContain("DETACH DELETE n //", r.Statement, StringComparison.Ordinal));
        Assert.All(_server.Requests, r => Assert.DoesNotContain("😀", r.Statement, StringComparison.Ordinal));
        Assert.All(_server.Requests, r => Assert.Contains(r.Statement, CypherStatements.All.Select(s => s.Text)));
        Assert.Contains(Hostile, _server.Requests[0].Parameters.GetProperty("ids").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(Hostile.ToUpperInvariant(), _server.Requests[1].Parameters.GetProperty("search").GetString());
        var row = _server.Requests[2].Parameters.GetProperty("rows")[0];
        Assert.Equal(HostileName, row.GetProperty("props").GetProperty("name").GetString());
        Assert.Equal("Write", _server.Requests[2].AccessMode);
    }

    [Fact]
    public async Task A_malformed_entity_is_refused_before_anything_is_sent()
    {
        var error = await Assert.ThrowsAsync<GraphValidationException>(() => _store.UpsertEntityAsync(SampleGraph.Entity("Project:Bad Id", EntityKind.Project, "项目", "Project")));

        Assert.Contains(error.Problems, p => p.Contains("malformed", StringComparison.Ordinal));
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task An_invalid_import_sends_no_write()
    {
        var graph = SampleGraph.Create();
        var broken = graph with { Relationships = [.. graph.Relationships, SampleGraph.Link(SampleGraph.Station, RelationshipKind.Supports, "target:missing")] };

        var error = await Assert.ThrowsAsync<GraphValidationException>(() => _store.ImportAsync(broken));

        Assert.Equal("import", error.Subject);
        Assert.Contains(error.Problems, p => p.Contains("target:missing", StringComparison.Ordinal));
        Assert.All(_server.Requests, r => Assert.Equal("Read", r.AccessMode));
    }

    [Fact]
    public async Task An_import_is_written_in_batches_of_unwind_rows()
    {
        _server.Answer = _ => GraphAnswers.Reply(["n"], [[1]]);
        var store = TestClients.Store(_server, o => o.ImportBatchSize = 4);

        await store.ImportAsync(SampleGraph.Create());

        var writes = _server.Requests.Where(r => r.AccessMode == "Write").ToList();
        Assert.Equal(3 + 2, writes.Count);
        Assert.All(writes, w => Assert.StartsWith(CypherStatements.GraphVersionBump + "\nWITH graphVersion\nUNWIND $rows AS row", w.Statement, StringComparison.Ordinal));
        Assert.Equal(SampleGraph.Create().Entities.Count, writes.Take(3).Sum(w => w.Parameters.GetProperty("rows").GetArrayLength()));
        Assert.Equal("Industry", writes.SelectMany(w => w.Parameters.GetProperty("rows").EnumerateArray()).First(r => r.GetProperty("id").GetString() == SampleGraph.Hydrogen).GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Every_write_moves_the_graph_version_in_the_same_statement()
    {
        _server.Answer = request => request.AccessMode == "Write"
            ? GraphAnswers.Reply(["written", "linked", "deleted"], [[1, 1, 1]])
            : new GraphAnswers(SampleGraph.Create()).Answer(request);

        await _store.UpsertEntityAsync(SampleGraph.Create().Entities[0]);
        await _store.LinkAsync(SampleGraph.Link(SampleGraph.Plant, RelationshipKind.HostedOn, SampleGraph.Zone));
        await _store.UnlinkAsync(SampleGraph.Plant, RelationshipKind.HostedOn, SampleGraph.Zone);
        await _store.DeleteEntityAsync(SampleGraph.Plant);
        await _store.DeleteAllAsync();

        var writes = _server.Requests.Where(r => r.AccessMode == "Write").ToList();
        Assert.Equal(5, writes.Count);
        Assert.All(writes, w => Assert.StartsWith(CypherStatements.GraphVersionBump + "\nWITH graphVersion\n", w.Statement, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_graph_version_is_one_read_of_the_version_node()
    {
        _server.Answer = _ => GraphAnswers.Reply(["version"], [[42]]);

        var version = await _store.GetGraphVersionAsync();

        var request = Assert.Single(_server.Requests);
        Assert.Equal(42, version);
        Assert.Equal("Read", request.AccessMode);
        Assert.Equal(CypherStatements.GraphVersion().Text, request.Statement);
    }

    [Fact]
    public async Task A_link_checks_both_ends_in_one_read_then_writes_once()
    {
        _server.Answer = request => request.AccessMode == "Write" ? GraphAnswers.Reply(["linked"], [[1]]) : new GraphAnswers(SampleGraph.Create()).Answer(request);

        await _store.LinkAsync(SampleGraph.Link(SampleGraph.Plant, RelationshipKind.HostedOn, SampleGraph.Zone));
        var misfit = await Assert.ThrowsAsync<GraphValidationException>(() => _store.LinkAsync(SampleGraph.Link(SampleGraph.Station, RelationshipKind.MeasuredBy, SampleGraph.Indicator)));

        Assert.Contains(misfit.Problems, p => p.Contains("cannot start at a Project", StringComparison.Ordinal));
        Assert.Equal(["Read", "Write", "Read"], _server.Requests.Select(r => r.AccessMode));
        Assert.Equal("HOSTED_ON", _server.Requests[1].Parameters.GetProperty("rows")[0].GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_links_reasoning_is_written_as_a_parameter_and_read_back_from_a_traversal()
    {
        var inferred = new Relationship(SampleGraph.Plant, RelationshipKind.Supports, SampleGraph.Target)
        {
            Provenance = [new Provenance(SampleGraph.Section, "充分发挥国内首座商用液氢工厂的示范作用", Basis.Inferred)],
            Reasoning = Hostile,
        };
        _server.Answer = request => request.AccessMode == "Write" ? GraphAnswers.Reply(["linked"], [[1]]) : new GraphAnswers(SampleGraph.Create()).Answer(request);

        await _store.LinkAsync(inferred);
        _server.Answer = new GraphAnswers(new GraphData(SampleGraph.Create().Entities, [inferred])).Answer;
        var path = Assert.Single((await _store.TraverseAsync(SupportTraversal.For(SampleGraph.Target, 1))).Paths);

        Assert.Equal(Hostile, _server.Requests[1].Parameters.GetProperty("rows")[0].GetProperty("reasoning").GetString());
        Assert.DoesNotContain(Hostile, _server.Requests[1].Statement, StringComparison.Ordinal);
        Assert.Equal(Hostile, path.Segments.Single().Relationship.Reasoning);
    }

    [Fact]
    public async Task Find_sends_the_page_and_the_upper_cased_search_and_reads_the_total()
    {
        var hydrogen = SampleGraph.Create().Entities.Single(e => e.Id == SampleGraph.Hydrogen);
        _server.Answer = _ => GraphAnswers.Reply(["total", "items"], [[7, new[] { GraphAnswers.Node(hydrogen) }]]);

        var page = await _store.FindEntitiesAsync(new EntityQuery { Search = "hydrogen", Kinds = [EntityKind.Industry], OrderBy = EntityOrder.NameEn, Descending = true, Offset = 2, Limit = 3 });

        Assert.Equal(7, page.TotalCount);
        Assert.Equal(SampleGraph.Hydrogen, Assert.Single(page.Items).Id);
        var request = Assert.Single(_server.Requests);
        Assert.Contains("ORDER BY n.nameEn DESC, n.id DESC", request.Statement, StringComparison.Ordinal);
        Assert.Equal("HYDROGEN", request.Parameters.GetProperty("search").GetString());
        Assert.Equal(["Industry"], request.Parameters.GetProperty("kinds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(2, request.Parameters.GetProperty("offset").GetInt32());
        Assert.Equal(3, request.Parameters.GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task Statistics_count_every_kind_with_zeros_for_the_missing_ones()
    {
        _server.Answer = _ => GraphAnswers.Reply(
            ["byKind", "byType"],
            [[new object[] { new { kind = "Project", count = 2 }, new { kind = "Industry", count = 1 } }, new object[] { new { type = "BELONGS_TO_INDUSTRY", count = 2 }, new { type = "SOMEONE_ELSES", count = 5 } }]]);

        var stats = await _store.GetStatisticsAsync();

        Assert.Equal(3, stats.EntityCount);
        Assert.Equal(2, stats.RelationshipCount);
        Assert.Equal(0, stats.EntitiesByKind[EntityKind.Plan]);
        Assert.Equal(2, stats.RelationshipsByKind[RelationshipKind.BelongsToIndustry]);
    }

    [Fact]
    public async Task Schema_setup_sends_the_constraint_and_the_cjk_full_text_index()
    {
        _server.Answer = _ => GraphAnswers.Reply([], []);

        await _store.EnsureSchemaAsync();

        var statements = _server.Requests.Select(r => r.Statement).ToList();
        Assert.Contains(statements, s => s.StartsWith("CREATE CONSTRAINT graphplan_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Contains("CREATE FULLTEXT INDEX", StringComparison.Ordinal) && s.Contains("`fulltext.analyzer`: 'cjk'", StringComparison.Ordinal));
        Assert.All(statements, s => Assert.Contains("IF NOT EXISTS", s.Contains("CREATE", StringComparison.Ordinal) ? s : "IF NOT EXISTS", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Search_sends_terms_not_the_users_query_syntax()
    {
        _server.Answer = _ => GraphAnswers.Reply(["entity", "score"], []);

        await _store.SearchAsync(new SearchRequest("氢能 AND (fuel*) \"?"));

        var request = Assert.Single(_server.Requests);
        Assert.Equal("Read", request.AccessMode);
        const string Clause = "(+\"氢能\" +\"and\" +\"fuel\")";
        Assert.Equal($"name:{Clause}^8 aliases:{Clause}^3 nameEn:{Clause}^2 quotes:{Clause}^0.1", request.Parameters.GetProperty("query").GetString());
        Assert.Equal(JsonValueKind.Null, request.Parameters.GetProperty("kinds").ValueKind);
    }

    [Fact]
    public async Task Search_puts_the_exact_name_first_and_drops_candidates_without_every_term()
    {
        var graph = SampleGraph.Create();
        Entity Find(string id) => graph.Entities.Single(e => e.Id == id);
        var stranger = SampleGraph.Entity("project:other", EntityKind.Project, "能源站", "Energy station") with { Provenance = [SampleGraph.Cite("能源")] };
        // The index's own order (a longer name scored higher) is what the tiers correct.
        _server.Answer = _ => GraphAnswers.Reply(["entity", "score"], [
            [GraphAnswers.Node(Find(SampleGraph.Zone)), 3.1],
            [GraphAnswers.Node(stranger), 2.5],
            [GraphAnswers.Node(Find(SampleGraph.Hydrogen)), 1.2],
            [GraphAnswers.Node(Find(SampleGraph.Indicator)), 1.1],
        ]);

        var results = await _store.SearchAsync(new SearchRequest("氢能") { Kinds = [EntityKind.Industry, EntityKind.Platform, EntityKind.Indicator, EntityKind.Project] });

        Assert.Equal([SampleGraph.Hydrogen, SampleGraph.Zone, SampleGraph.Indicator], results.Hits.Select(h => h.Entity.Id));
        Assert.Equal(3, results.TotalCount);
        Assert.Contains(new SearchHighlight("name", "<em>氢能</em>"), results.Hits[0].Highlights);
        Assert.Equal(["Industry", "Platform", "Indicator", "Project"], Assert.Single(_server.Requests).Parameters.GetProperty("kinds").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Search_refuses_overlong_text_before_sending_anything()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _store.SearchAsync(new SearchRequest(new string('氢', 10_000))));

        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Export_sorts_by_id_and_ignores_foreign_relationship_types()
    {
        var graph = SampleGraph.Create();
        var relationships = graph.Relationships.Select(r => (object)new { source = r.From, type = GraphNames.Of(r.Kind), target = r.To, provenance = EntityProperties.ProvenanceJson(r.Provenance) })
            .Append(new { source = SampleGraph.Plant, type = "NOT_OURS", target = SampleGraph.Zone, provenance = (string?)null })
            .Reverse()
            .ToArray();
        _server.Answer = _ => GraphAnswers.Reply(["entities", "relationships"], [[graph.Entities.Reverse().Select(GraphAnswers.Node).ToArray(), relationships]]);

        var export = await _store.ExportAsync();

        Assert.Equal(graph.Entities.Select(e => e.Id).Order(StringComparer.Ordinal), export.Entities.Select(e => e.Id));
        Assert.Equal(graph.Relationships.Select(r => r.Id).Order(StringComparer.Ordinal), export.Relationships.Select(r => r.Id));
        Assert.Equal(graph.Relationships[0].Provenance, export.Relationships.Single(r => r.Id == graph.Relationships[0].Id).Provenance);
    }

    [Fact]
    public async Task Errors_from_a_store_call_surface_as_typed_exceptions()
    {
        _server.Answer = _ => FakeNeo4jHandler.Json(HttpStatusCode.Unauthorized, Neo4jPayloads.WrongCredentials);

        await Assert.ThrowsAsync<Neo4jAuthenticationException>(() => _store.GetStatisticsAsync());
    }

    [Fact]
    public void The_request_body_is_valid_json_with_escaped_newlines()
    {
        var text = JsonSerializer.Serialize(new { statement = CypherStatements.GetEntities(["a"]).Text });

        Assert.DoesNotContain("\n", text, StringComparison.Ordinal);
    }
}
