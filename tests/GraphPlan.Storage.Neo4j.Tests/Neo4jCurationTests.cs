using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using GraphPlan.Storage.Neo4j.Tests.Fakes;
using GraphPlan.Testing;

namespace GraphPlan.Storage.Neo4j.Tests;

/// <summary>Curation over the Query API: the version is checked in the write itself, and a retry or a stale write sends nothing.</summary>
public sealed class Neo4jCurationTests : IDisposable
{
    private readonly FakeNeo4jHandler _server = new();
    private readonly Neo4jGraphStore _store;
    private readonly Entity _plant = SampleGraph.Create().Entities.Single(e => e.Id == SampleGraph.Plant);
    private readonly long _storedVersion = 3;
    private bool _writeApplies = true;
    private object?[]? _recorded;
    private readonly Relationship _supports = SampleGraph.Create().Relationships.Single(r => r.From == SampleGraph.Station && r.Kind == RelationshipKind.Supports);
    private bool _relationshipStored = true;

    public Neo4jCurationTests()
    {
        var names = CypherStatements.All.GroupBy(s => s.Text, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        _server.Answer = request => names[request.Statement] switch
        {
            "entities.get" => GraphAnswers.Reply(["entity"], request.Parameters.GetProperty("ids").EnumerateArray()
                .Select(id => SampleGraph.Create().Entities.SingleOrDefault(e => e.Id == id.GetString()))
                .OfType<Entity>()
                .Select(e => new object?[] { Node(e, e.Id == _plant.Id ? _storedVersion : 1) })),
            "related.outgoing" => GraphAnswers.Reply(["id", "type", "outgoing", "provenance", "reasoning", "other"], _relationshipStored
                ? [[_supports.From, GraphNames.Of(_supports.Kind), true, EntityProperties.ProvenanceJson(_supports.Provenance), null, Node(SampleGraph.Create().Entities.Single(e => e.Id == _supports.To), 1)]]
                : []),
            "curation.link" or "curation.unlink" => GraphAnswers.Reply(["sequence", "version"], [[8, null]]),
            "audit.by-idempotency-key" => GraphAnswers.Reply(["entry"], _recorded is null ? [] : [_recorded]),
            "curation.upsert" or "curation.delete" => GraphAnswers.Reply(["sequence", "version"], _writeApplies ? [[7, _storedVersion + 1]] : []),
            var other => throw new InvalidOperationException($"{other} is not answered here"),
        };
        _store = TestClients.Store(_server);
    }

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task A_current_write_sends_the_expected_version_with_the_write_and_returns_the_sequence()
    {
        var entry = await _store.CurateAsync(Curation.Upsert("alice", _plant with { NameEn = "'}) DETACH DELETE n //" }, 3) with { IdempotencyKey = "k1" });

        Assert.Equal(7, entry.Sequence);
        Assert.Equal(4, entry.Version);
        var write = _server.Requests.Single(r => r.AccessMode == "Write" && r.Statement.Contains("AuditEntry", StringComparison.Ordinal));
        Assert.Equal(3, write.Parameters.GetProperty("expected").GetInt64());
        Assert.Equal("alice\nk1", write.Parameters.GetProperty("idempotencyId").GetString());
        Assert.Equal("alice", write.Parameters.GetProperty("actor").GetString());
        Assert.DoesNotContain("DETACH DELETE n //", write.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stale_write_is_a_conflict_and_sends_no_write()
    {
        var conflict = await Assert.ThrowsAsync<VersionConflictException>(() => _store.CurateAsync(Curation.Upsert("bob", _plant, 1)));

        Assert.Equal(3, conflict.Actual);
        Assert.DoesNotContain(_server.Requests, r => r.AccessMode == "Write");
    }

    [Fact]
    public async Task A_write_that_lost_a_race_in_the_database_is_a_conflict()
    {
        _writeApplies = false;

        await Assert.ThrowsAsync<VersionConflictException>(() => _store.CurateAsync(Curation.Delete("bob", SampleGraph.Plant, 3)));
    }

    [Fact]
    public async Task A_retry_with_a_recorded_idempotency_key_returns_the_recorded_entry_and_writes_nothing()
    {
        _recorded = [new Dictionary<string, object?>
        {
            ["sequence"] = 5, ["at"] = "2026-01-01T00:00:00+00:00", ["actor"] = "alice", ["action"] = "UpsertEntity",
            ["subject"] = SampleGraph.Plant, ["version"] = 4, ["before"] = null, ["after"] = "{}",
        }];

        var entry = await _store.CurateAsync(Curation.Upsert("alice", _plant, 3) with { IdempotencyKey = "k1" });

        Assert.Equal(5, entry.Sequence);
        Assert.Equal(4, entry.Version);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("alice\nk1", request.Parameters.GetProperty("idempotencyId").GetString());
    }

    [Fact]
    public async Task A_key_recorded_with_a_different_change_is_refused_and_writes_nothing()
    {
        var change = Curation.Upsert("alice", _plant, 3) with { IdempotencyKey = "k1" };
        _recorded = [new Dictionary<string, object?>
        {
            ["sequence"] = 5, ["at"] = "2026-01-01T00:00:00+00:00", ["actor"] = "alice", ["action"] = "UpsertEntity",
            ["subject"] = SampleGraph.Plant, ["version"] = 4, ["before"] = null, ["after"] = "{}",
            ["fingerprint"] = ContentFingerprint.Of(change with { Entity = _plant with { NameEn = "first" } }),
        }];

        var error = await Assert.ThrowsAsync<IdempotencyKeyReusedException>(() => _store.CurateAsync(change));

        Assert.Equal("k1", error.Key);
        Assert.DoesNotContain(_server.Requests, r => r.AccessMode == "Write");
    }

    [Fact]
    public async Task A_keyed_write_records_the_requests_fingerprint_with_the_key()
    {
        var change = Curation.Upsert("alice", _plant, 3) with { IdempotencyKey = "k1" };

        await _store.CurateAsync(change);

        var write = _server.Requests.Single(r => r.AccessMode == "Write");
        Assert.Equal(ContentFingerprint.Of(change), write.Parameters.GetProperty("fingerprint").GetString());
    }

    [Fact]
    public async Task An_unlink_reads_the_stored_relationship_and_records_it_as_before()
    {
        var entry = await _store.CurateAsync(Curation.Unlink("carol", new Relationship(_supports.From, _supports.Kind, _supports.To)));

        Assert.Equal(8, entry.Sequence);
        var write = _server.Requests.Single(r => r.AccessMode == "Write");
        Assert.Equal(CurationJson.Of(_supports), write.Parameters.GetProperty("before").GetString());
        Assert.Equal(entry.Before, write.Parameters.GetProperty("before").GetString());
    }

    [Fact]
    public async Task An_unlink_of_a_relationship_that_is_not_stored_sends_no_write_and_records_nothing()
    {
        _relationshipStored = false;

        var entry = await _store.CurateAsync(Curation.Unlink("carol", _supports));

        Assert.Equal(0, entry.Sequence);
        Assert.Null(entry.Before);
        Assert.DoesNotContain(_server.Requests, r => r.AccessMode == "Write");
    }

    [Fact]
    public async Task A_link_records_the_relationship_it_replaces()
    {
        var replacement = _supports with { Provenance = [SampleGraph.Cite("建设加氢站")] };

        var entry = await _store.CurateAsync(Curation.Link("carol", replacement));

        var write = _server.Requests.Single(r => r.AccessMode == "Write");
        Assert.Equal(CurationJson.Of(_supports), write.Parameters.GetProperty("before").GetString());
        Assert.Equal(CurationJson.Of(replacement), write.Parameters.GetProperty("after").GetString());
        Assert.Equal(8, entry.Sequence);
    }

    [Fact]
    public async Task A_delete_whose_entity_another_writer_deleted_first_is_a_no_op_not_a_conflict()
    {
        _writeApplies = false;
        var reads = 0;
        var answer = _server.Answer!;
        var read = CypherStatements.GetEntities([SampleGraph.Plant]).Text;
        _server.Answer = request => request.Statement == read && ++reads > 1
            ? GraphAnswers.Reply(["entity"], [])
            : answer(request);

        var entry = await _store.CurateAsync(Curation.Delete("bob", SampleGraph.Plant));

        Assert.Equal(0, entry.Sequence);
        Assert.Equal(2, reads);
    }

    private static Dictionary<string, object?> Node(Entity entity, long version)
    {
        var node = GraphAnswers.Node(entity);
        node["version"] = version;
        return node;
    }
}
