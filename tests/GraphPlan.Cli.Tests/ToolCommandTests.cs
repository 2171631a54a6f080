using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using GraphPlan.Testing;

namespace GraphPlan.Cli.Tests;

/// <summary><c>key new</c>, <c>schema export</c>, <c>generate</c> and the command line itself: output, errors, exit codes.</summary>
public sealed partial class ToolCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("graphplan-cli-tests");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Key_new_prints_a_key_and_the_configuration_entry_holding_its_hash()
    {
        var run = await CliRun.RunAsync("key", "new", "--name", "alice", "--role", "reader");
        var again = await CliRun.RunAsync("key", "new", "--name", "alice");

        Assert.Equal(0, run.ExitCode);
        var key = KeyLine().Match(run.Stdout).Groups[1].Value;
        Assert.True(key.Length >= 40, "a key of 32 random bytes");
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        Assert.Contains($$"""{ "Name": "alice", "Role": "reader", "Sha256": "{{hash}}" }""", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(key, run.Stdout.Split('\n')[2], StringComparison.Ordinal);
        Assert.Contains("\"Role\": \"curator\"", again.Stdout, StringComparison.Ordinal);
        Assert.NotEqual(key, KeyLine().Match(again.Stdout).Groups[1].Value);
    }

    [Theory]
    [InlineData(new[] { "key", "new", "--name", "alice", "--role", "admin" }, "admin")]
    [InlineData(new[] { "key", "new" }, "--name")]
    [InlineData(new[] { "generate", "--entities", "50", "-o", "x.json" }, "--entities must be at least 100")]
    [InlineData(new[] { "generate", "--entities", "100" }, "Give exactly one of --database and --output.")]
    [InlineData(new[] { "frobnicate" }, "frobnicate")]
    public async Task Bad_arguments_are_refused_with_a_message_and_a_non_zero_exit(string[] arguments, string message)
    {
        var run = await CliRun.RunAsync(arguments, _folder.FullName);

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains(message, run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(_folder.GetFileSystemInfos());
    }

    [Fact]
    public async Task Schema_export_prints_the_committed_schema()
    {
        var run = await CliRun.RunAsync("schema", "export");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal((await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Schema, "schema.graphql"))).ReplaceLineEndings("\n"), run.Stdout);
    }

    [Fact]
    public async Task Schema_export_writes_the_file_and_says_so_on_standard_error()
    {
        var file = Path.Combine(_folder.FullName, "schema.graphql");

        var run = await CliRun.RunAsync("schema", "export", "-o", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Equal($"wrote {file}\n", run.Stderr);
        Assert.Contains("type Query", await File.ReadAllTextAsync(file), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Generate_writes_the_same_graph_of_the_asked_size_for_the_same_seed()
    {
        var first = Path.Combine(_folder.FullName, "a.json");
        var second = Path.Combine(_folder.FullName, "b.json");

        var run = await CliRun.RunAsync("generate", "--entities", "150", "--seed", "4", "-o", first);
        await CliRun.RunAsync("generate", "-n", "150", "--seed", "4", "-o", second);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("generated 150 entities and ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains($"wrote {first} in ", run.Stdout, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(first));
        Assert.Equal(150, json.RootElement.GetProperty("nodes").GetArrayLength());
        Assert.Equal(await File.ReadAllTextAsync(first), await File.ReadAllTextAsync(second));
    }

    [Fact]
    public async Task Generate_imports_into_an_embedded_store_and_reports_what_it_holds()
    {
        var database = Path.Combine(_folder.FullName, "generated.db");

        var run = await CliRun.RunAsync("generate", "-n", "120", "--database", database);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"the store now holds 120 entities and \d+ relationships", run.Stdout);
        Assert.True(File.Exists(database));
    }

    [GeneratedRegex(@"X-Api-Key header\): (\S+)\n")]
    private static partial Regex KeyLine();
}
