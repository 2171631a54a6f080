using System.Net;
using System.Text.RegularExpressions;
using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using GraphPlan.Storage.Neo4j.Tests.Fakes;
using GraphPlan.Testing;

namespace GraphPlan.Storage.Neo4j.Tests;

/// <summary>
/// Writes that stay correct under concurrency and failure: conditional writes lock before they read, the audit counter
/// is unique, a write is retried only when that is provably safe, schema setup has its own timeout, a reset leaves
/// nothing behind, and re-importing unchanged entities keeps their versions.
/// </summary>
public sealed partial class Neo4jWriteSafetyTests : IDisposable
{
    private static readonly CypherQuery _write = new("test", "CREATE (n:Person {name: $name})", new Dictionary<string, object?> { ["name"] = "Alice" });

    private readonly FakeNeo4jHandler _server = new();

    public void Dispose() => _server.Dispose();

    public static TheoryData<string> ConditionalWrites => new(CypherStatements.All.Where(s => s.Name is "curation.upsert" or "curation.delete").Select(s => s.Name));

    [Theory]
    [MemberData(nameof(ConditionalWrites))]
    public void A_conditional_write_takes_the_nodes_write_lock_before_it_reads_the_version(string name)
    {
        var text = CypherStatements.All.Single(s => s.Name == name).Text;

        var reads = VersionRead().Matches(text).ToList();

        Assert.NotEmpty(reads);
        foreach (var read in reads)
        {
            var variable = read.Groups[1].Value;
            var locked = text.IndexOf($"SET {variable}._lock = true", StringComparison.Ordinal);
            Assert.True(locked >= 0 && locked < read.Index, $"{name} reads {variable}.version before it holds {variable}'s write lock:\n{text}");
        }
    }

    [Fact]
    public async Task Schema_setup_makes_the_audit_counter_unique_before_it_waits_for_the_indexes()
    {
        _server.Answer = _ => GraphAnswers.Reply([], []);

        await TestClients.Store(_server).EnsureSchemaAsync();

        var statements = _server.Requests.Select(r => r.Statement).ToList();
        var counter = statements.FindIndex(s => s.Contains("FOR (c:GraphPlanCounter) REQUIRE c.name IS UNIQUE", StringComparison.Ordinal));
        Assert.True(counter >= 0, "no uniqueness constraint on the audit counter");
        Assert.True(counter < statements.FindIndex(s => s.StartsWith("CALL db.awaitIndexes", StringComparison.Ordinal)));
        Assert.All(CypherStatements.All.Where(s => s.Name.StartsWith("curation.", StringComparison.Ordinal)), s => Assert.Contains("MERGE (counter:GraphPlanCounter {name: 'audit'})", s.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Waiting_for_the_indexes_has_its_own_timeout_longer_than_a_querys()
    {
        var schema = CypherStatements.Schema();
        foreach (var _ in schema.SkipLast(1))
        {
            _server.Respond(HttpStatusCode.Accepted, Neo4jPayloads.Counters);
        }

        _server.RespondAfter(TimeSpan.FromMilliseconds(800), HttpStatusCode.Accepted, Neo4jPayloads.Counters);
        var store = TestClients.Store(_server, o => (o.Timeout, o.SchemaTimeout, o.RetryAttempts) = (TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(20), 0));

        await store.EnsureSchemaAsync();

        var wait = _server.Requests[^1];
        Assert.Equal(schema.Count, _server.Requests.Count);
        Assert.Equal("CALL db.awaitIndexes(20)", wait.Statement);
        Assert.True(wait.Body.GetProperty("maxExecutionTime").GetInt32() > 20, "the server must be allowed to finish its own wait");
        Assert.Equal(1, _server.Requests[0].Body.GetProperty("maxExecutionTime").GetInt32());
    }

    [Fact]
    public async Task A_reset_deletes_the_audit_trail_and_its_counter_as_well_as_the_graph()
    {
        _server.Answer = _ => GraphAnswers.Reply([], []);

        await TestClients.Store(_server).ResetAsync();

        var statements = _server.Requests.Select(r => r.Statement).ToList();
        Assert.Contains(statements, s => s.Contains("MATCH (n:Entity) DETACH DELETE n", StringComparison.Ordinal));
        Assert.Contains(statements, s => s.Contains("n:AuditEntry", StringComparison.Ordinal) && s.Contains("n:GraphPlanCounter", StringComparison.Ordinal) && s.Contains("DETACH DELETE", StringComparison.Ordinal));
        Assert.All(_server.Requests, r => Assert.Equal("Write", r.AccessMode));
    }

    [Fact]
    public async Task A_write_that_timed_out_is_not_sent_again()
    {
        _server.Hang().Respond(HttpStatusCode.Accepted, Neo4jPayloads.Counters);

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => TestClients.Client(_server, o => o.Timeout = TimeSpan.FromMilliseconds(150)).RunAsync(_write, Neo4jAccessMode.Write));

        Assert.Contains("did not answer within", error.Message, StringComparison.Ordinal);
        Assert.False(error.NotApplied);
        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_write_whose_answer_was_lost_is_not_sent_again()
    {
        _server.Throw(new HttpRequestException(HttpRequestError.ResponseEnded, "The response ended prematurely."))
            .Respond(HttpStatusCode.Accepted, Neo4jPayloads.Counters);

        await Assert.ThrowsAsync<Neo4jUnavailableException>(() => TestClients.Client(_server).RunAsync(_write, Neo4jAccessMode.Write));

        Assert.Single(_server.Requests);
    }

    [Fact]
    public async Task A_write_is_retried_when_no_connection_was_made_or_neo4j_rolled_it_back()
    {
        _server.Throw(new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (neo4j.test:7474)"))
            .Respond(HttpStatusCode.BadRequest, Neo4jPayloads.DatabaseUnavailable)
            .Respond(HttpStatusCode.Accepted, Neo4jPayloads.Counters);

        await TestClients.Client(_server).RunAsync(_write, Neo4jAccessMode.Write);

        Assert.Equal(3, _server.Requests.Count);
    }

    [Fact]
    public async Task An_idempotent_write_is_retried_after_a_timeout()
    {
        _server.Hang().Respond(HttpStatusCode.Accepted, Neo4jPayloads.Counters);

        await TestClients.Client(_server, o => o.Timeout = TimeSpan.FromMilliseconds(150)).RunAsync(_write with { Idempotent = true }, Neo4jAccessMode.Write);

        Assert.Equal(2, _server.Requests.Count);
    }

    [Fact]
    public void Imports_and_keyed_curations_are_idempotent_and_other_curations_are_not()
    {
        var plant = SampleGraph.Create().Entities.Single(e => e.Id == SampleGraph.Plant);
        var audit = new AuditEntry(0, DateTimeOffset.UnixEpoch, "alice", CurationAction.UpsertEntity, plant.Id);

        Assert.True(CypherStatements.UpsertEntities([plant]).Idempotent);
        Assert.True(CypherStatements.LinkRelationships([]).Idempotent);
        Assert.True(CypherStatements.CurateUpsert(plant, 1, audit, CypherStatements.IdempotencyId("alice", "k"), "f").Idempotent);
        Assert.False(CypherStatements.CurateUpsert(plant, 1, audit).Idempotent);
        Assert.False(CypherStatements.DeleteEntity(plant.Id).Idempotent);
    }

    [Fact]
    public void An_import_row_carries_a_content_fingerprint_that_ignores_the_version_and_attribute_order_and_decides_the_next_version()
    {
        var plant = SampleGraph.Create().Entities.Single(e => e.Id == SampleGraph.Plant) with
        {
            Attributes = new Dictionary<string, string> { ["status"] = "operating", ["period"] = "13th" },
        };
        var reordered = plant with { Version = 7, Attributes = new Dictionary<string, string> { ["period"] = "13th", ["status"] = "operating" } };

        string Fingerprint(Entity e) => (string)((Dictionary<string, object?>)EntityProperties.Row(e)["props"]!)["fingerprint"]!;

        Assert.Equal(Fingerprint(plant), Fingerprint(reordered));
        Assert.NotEqual(Fingerprint(plant), Fingerprint(plant with { NameEn = "Changed" }));
        Assert.Contains("n.fingerprint = row.props.fingerprint", CypherStatements.UpsertEntities([plant]).Text, StringComparison.Ordinal);
        Assert.Contains("CASE WHEN unchanged THEN current ELSE current + 1 END", CypherStatements.UpsertEntities([plant]).Text, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\b(\w+)\.version\b(?!\s*=\s*current)")]
    private static partial Regex VersionRead();
}
