using GraphPlan.Core.Store;
using GraphPlan.Storage.Neo4j.Tests.Fakes;

namespace GraphPlan.Storage.Neo4j.Tests;

/// <summary>The change feed over the Query API: one parameterized read of the audit nodes after a sequence, oldest first.</summary>
public sealed class Neo4jChangeFeedTests : IDisposable
{
    private readonly FakeNeo4jHandler _server = new();
    private readonly Neo4jGraphStore _store;

    public Neo4jChangeFeedTests()
    {
        _server.Answer = _ => GraphAnswers.Reply(["entry"],
        [
            Entry(8, "UpsertEntity", "project:plant", 4, "{\"version\":3}", "{\"version\":4}"),
            Entry(9, "Link", "project:plant-SUPPORTS-target:t", null, null, "{}"),
            Entry(10, "DeleteEntity", "project:plant", null, "{\"version\":4}", null),
        ]);
        _store = TestClients.Store(_server);
    }

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task Changes_are_read_with_the_sequence_and_page_size_as_parameters_in_read_mode()
    {
        await _store.GetChangesAsync(new ChangeQuery { After = 7, Limit = 3 });

        var request = Assert.Single(_server.Requests);
        Assert.Equal("Read", request.AccessMode);
        Assert.Equal(7, request.Parameters.GetProperty("after").GetInt64());
        Assert.Equal(3, request.Parameters.GetProperty("limit").GetInt32());
        Assert.Contains("a.sequence > $after", request.Statement, StringComparison.Ordinal);
        Assert.Contains("ORDER BY a.sequence\n", request.Statement, StringComparison.Ordinal);
        Assert.DoesNotContain("7", request.Statement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_returned_rows_become_audit_entries_in_sequence_order()
    {
        var changes = await _store.GetChangesAsync(new ChangeQuery { After = 7 });

        Assert.Equal([8L, 9L, 10L], changes.Select(c => c.Sequence));
        Assert.Equal([CurationAction.UpsertEntity, CurationAction.Link, CurationAction.DeleteEntity], changes.Select(c => c.Action));
        Assert.Equal(4, changes[0].Version);
        Assert.Null(changes[1].Version);
        Assert.Equal("alice", changes[2].Actor);
        Assert.Equal("{\"version\":4}", changes[2].Before);
    }

    [Fact]
    public async Task An_out_of_range_page_is_refused_before_anything_is_sent()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _store.GetChangesAsync(new ChangeQuery { After = -1 }));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => _store.GetChangesAsync(new ChangeQuery { Limit = ChangeQuery.MaxLimit + 1 }));

        Assert.Empty(_server.Requests);
    }

    [Fact]
    public void The_schema_indexes_audit_entries_by_sequence()
    {
        Assert.Contains(CypherStatements.Schema(), s => s.Text.Contains("FOR (a:AuditEntry) ON (a.sequence)", StringComparison.Ordinal));
    }

    private static object?[] Entry(long sequence, string action, string subject, long? version, string? before, string? after) =>
    [
        new Dictionary<string, object?>
        {
            ["sequence"] = sequence, ["at"] = "2026-01-01T00:00:00+00:00", ["actor"] = "alice", ["action"] = action,
            ["subject"] = subject, ["version"] = version, ["before"] = before, ["after"] = after,
        },
    ];
}
