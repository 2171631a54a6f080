using System.Security.Cryptography;
using GraphPlan.Testing;
using Microsoft.Data.Sqlite;

namespace GraphPlan.Api.Tests;

/// <summary>
/// A store file that cannot be used stops the API with one line <c>GraphPlan cannot start: …</c> and a non-zero exit,
/// without a stack trace and without changing a byte of the file.
/// </summary>
public sealed class BrokenStorageTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("graphplan-broken-storage");

    private string Database => Path.Combine(_folder.FullName, "graph.db");

    public void Dispose() => _folder.Delete(recursive: true);

    [Theory]
    [InlineData("empty", "empty (0 bytes)")]
    [InlineData("garbage", "not a SQLite database")]
    [InlineData("truncated", "restore it from a backup")]
    [InlineData("torn-page", "restore it from a backup")]
    [InlineData("torn-log", "write-ahead log")]
    public async Task A_broken_store_file_stops_the_api_with_one_line_and_is_left_as_it_was(string damage, string expected)
    {
        await BreakAsync(damage);
        var before = Hashes();

        var (exitCode, stderr) = await ApiProcess.RunUntilExitAsync(new Dictionary<string, string>
        {
            ["Store__Embedded__Path"] = Database,
            ["Seed__Path"] = RepositoryPaths.Seed,
        });

        Assert.NotEqual(0, exitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("GraphPlan cannot start:", StringComparison.Ordinal));
        Assert.Contains(Database, line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.Equal(before, Hashes());
    }

    [SkippableFact]
    public async Task A_read_only_store_file_stops_the_api_with_one_line()
    {
        Skip.If(OperatingSystem.IsWindows() || Environment.UserName == "root", "needs Unix file modes, and root may write a read-only file");
        await BreakAsync("valid");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Database, UnixFileMode.UserRead);
        }

        var before = Hashes();

        var (exitCode, stderr) = await ApiProcess.RunUntilExitAsync(new Dictionary<string, string> { ["Store__Embedded__Path"] = Database });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("GraphPlan cannot start:", stderr, StringComparison.Ordinal);
        Assert.Contains("read-only", stderr, StringComparison.Ordinal);
        Assert.Equal(before, Hashes());
    }

    /// <summary>Every file of the store (database, log) with the SHA-256 of its content.</summary>
    private SortedDictionary<string, string> Hashes() =>
        new(_folder.EnumerateFiles().ToDictionary(f => f.Name, f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f.FullName)))), StringComparer.Ordinal);

    private async Task BreakAsync(string damage)
    {
        if (damage == "empty")
        {
            await File.WriteAllBytesAsync(Database, []);
            return;
        }

        if (damage == "garbage")
        {
            await File.WriteAllTextAsync(Database, "this is not a database, but a note someone left where the store should be\n");
            return;
        }

        // A real store with the plan in it, closed cleanly (its log folded in).
        using (var store = new GraphPlan.Storage.Embedded.EmbeddedGraphStore(new() { Path = Database }))
        {
            await store.ImportAsync(GraphPlan.Core.Seed.SeedLoader.Load(RepositoryPaths.Seed).Graph);
        }

        SqliteConnection.ClearAllPools();
        var bytes = await File.ReadAllBytesAsync(Database);
        switch (damage)
        {
            case "truncated":
                await File.WriteAllBytesAsync(Database, bytes[..(bytes.Length / 2)]);
                break;
            case "torn-page":
                // Half of a page in the middle overwritten, as a write cut short by a power loss would leave it.
                var size = (bytes[16] << 8) | bytes[17];
                var page = size == 1 ? 65536 : size;
                var start = page * (bytes.Length / page / 2);
                Array.Fill(bytes, (byte)0x5A, start, page / 2);
                await File.WriteAllBytesAsync(Database, bytes);
                break;
            case "torn-log":
                await File.WriteAllBytesAsync(Database + "-wal", Enumerable.Repeat((byte)0xA5, 4096).ToArray());
                break;
        }
    }
}
