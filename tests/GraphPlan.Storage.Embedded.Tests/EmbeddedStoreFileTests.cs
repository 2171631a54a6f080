using System.Security.Cryptography;
using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using GraphPlan.Testing;
using Microsoft.Data.Sqlite;

namespace GraphPlan.Storage.Embedded.Tests;

/// <summary>What a crash test cannot show: the file's durability settings, writes that commit whole, and damaged files refused untouched.</summary>
public sealed class EmbeddedStoreFileTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void The_file_is_written_ahead_with_a_full_sync_on_every_commit()
    {
        using var store = _database.Open();

        var (journal, synchronous) = store.Durability();

        Assert.Equal("wal", journal);
        Assert.Equal(2, synchronous); // FULL: the log is synced at every commit, so an acknowledged write survives a power loss.
    }

    [Fact]
    public async Task An_entity_write_and_its_audit_entry_commit_together_or_not_at_all()
    {
        using (var store = _database.Open())
        {
            await store.ImportAsync(SampleGraph.Create());
        }

        // Make the audit insert fail after the entity row is written in the same transaction.
        using (var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'audit refused'); END";
            command.ExecuteNonQuery();
        }

        var renamed = SampleGraph.Entity(SampleGraph.Hydrogen, EntityKind.Industry, "氢能（改）", "Hydrogen, renamed");
        using (var store = _database.Open())
        {
            await Assert.ThrowsAsync<SqliteException>(() => store.CurateAsync(Curation.Upsert("alice", renamed)));
            Assert.Equal("氢能", (await store.GetEntitiesAsync([SampleGraph.Hydrogen]))[0]!.Name);
        }

        using var reopened = _database.Open();
        Assert.Equal("氢能", (await reopened.GetEntitiesAsync([SampleGraph.Hydrogen]))[0]!.Name);
        Assert.Empty(await reopened.GetAuditTrailAsync(new AuditQuery()));
    }

    [Fact]
    public async Task A_torn_page_is_refused_at_open_and_the_file_is_left_as_it_was()
    {
        using (var store = _database.Open())
        {
            await store.ImportAsync(SampleGraph.Create());
            for (var i = 0; i < 300; i++)
            {
                await store.UpsertEntityAsync(SampleGraph.Entity($"project:filler-{i}", EntityKind.Project, $"项目{i}", $"Filler project {i} " + new string('x', 200)));
            }
        }

        var bytes = await File.ReadAllBytesAsync(_database.Path);
        var size = (bytes[16] << 8) | bytes[17];
        Array.Fill(bytes, (byte)0x5A, size * 3, size / 2);
        await File.WriteAllBytesAsync(_database.Path, bytes);
        var before = SHA256.HashData(bytes);

        var error = Assert.Throws<StoreFileException>(() => _database.Open());

        Assert.Contains("restore it from a backup", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, SHA256.HashData(await File.ReadAllBytesAsync(_database.Path)));
    }

    [Fact]
    public async Task An_empty_file_is_refused_and_not_filled()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_database.Path)!);
        await File.WriteAllBytesAsync(_database.Path, []);

        var error = Assert.Throws<StoreFileException>(() => _database.Open());

        Assert.Contains("empty (0 bytes)", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, new FileInfo(_database.Path).Length);
    }
}
