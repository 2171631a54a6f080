using System.Security.Cryptography;
using System.Text.Json;
using GraphPlan.Testing;

namespace GraphPlan.Cli.Tests;

/// <summary><c>documents manifest</c> and <c>documents validate</c>: output, errors, exit codes.</summary>
public sealed class DocumentsCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("graphplan-cli-documents");

    private static string Queries => Path.Combine(RepositoryPaths.Schema, "queries");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Manifest_maps_the_sha256sum_of_each_operation_file_to_its_exact_text()
    {
        var run = await CliRun.RunAsync("documents", "manifest", Queries);

        Assert.Equal(0, run.ExitCode);
        using var manifest = JsonDocument.Parse(run.Stdout);
        var files = Directory.GetFiles(Queries, "*.graphql", SearchOption.AllDirectories);
        Assert.Equal(files.Length, manifest.RootElement.EnumerateObject().Count());
        foreach (var file in files)
        {
            var id = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file)));
            Assert.Equal(File.ReadAllText(file), manifest.RootElement.GetProperty(id).GetString());
        }
    }

    [Fact]
    public async Task Manifest_writes_a_file_with_output_and_says_how_many_documents()
    {
        var path = Path.Combine(_folder.FullName, "manifest.json");

        var run = await CliRun.RunAsync("documents", "manifest", Queries, "-o", path);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Stdout);
        var count = Directory.GetFiles(Queries, "*.graphql", SearchOption.AllDirectories).Length;
        Assert.Equal($"wrote {count} documents to {path}", Assert.Single(run.StderrLines));
        Assert.Equal(count, JsonDocument.Parse(File.ReadAllText(path)).RootElement.EnumerateObject().Count());
    }

    [Fact]
    public async Task Manifest_of_a_missing_or_empty_folder_fails_with_one_line()
    {
        var missing = await CliRun.RunAsync("documents", "manifest", Path.Combine(_folder.FullName, "nope"));
        var empty = await CliRun.RunAsync("documents", "manifest", _folder.FullName);

        Assert.Equal(1, missing.ExitCode);
        Assert.StartsWith("error: no folder", Assert.Single(missing.StderrLines), StringComparison.Ordinal);
        Assert.Equal(1, empty.ExitCode);
        Assert.StartsWith("error: no .graphql file", Assert.Single(empty.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_accepts_the_manifest_of_the_example_operations()
    {
        var path = Path.Combine(_folder.FullName, "manifest.json");
        Assert.Equal(0, (await CliRun.RunAsync("documents", "manifest", Queries, "-o", path)).ExitCode);

        var run = await CliRun.RunAsync("documents", "validate", path);

        Assert.Equal(0, run.ExitCode);
        var count = Directory.GetFiles(Queries, "*.graphql", SearchOption.AllDirectories).Length;
        Assert.Equal($"{count} documents valid against the schema\n", run.Stdout);
    }

    [Fact]
    public async Task Validate_names_each_invalid_document_and_each_wrong_id_and_fails()
    {
        const string Good = "{ node(id: \"industry:hydrogen\") { id } }";
        const string Bad = "{ nodez }";
        var path = Path.Combine(_folder.FullName, "client.json");
        var wrongId = "sha256:" + new string('a', 64);
        File.WriteAllText(path, JsonSerializer.Serialize(new Dictionary<string, string>
        {
            [Id(Good)] = Good,
            [Id(Bad)] = Bad,
            [wrongId] = Good,
        }));

        var run = await CliRun.RunAsync("documents", "validate", path);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.StderrLines, l => l.StartsWith($"error: {Id(Bad)}: ", StringComparison.Ordinal) && l.Contains("nodez", StringComparison.Ordinal));
        Assert.Contains(run.StderrLines, l => l.StartsWith($"error: {wrongId}: the text's SHA-256 is {Id(Good)}", StringComparison.Ordinal));
        Assert.DoesNotContain(run.StderrLines, l => l.StartsWith($"error: {Id(Good)}", StringComparison.Ordinal));
        Assert.Equal("2 problem(s) in 3 documents", run.StderrLines[^1]);
    }

    [Theory]
    [InlineData("not json", "is not JSON")]
    [InlineData("[1, 2]", "must be a JSON object")]
    [InlineData("""{"abc": "{ __typename }"}""", "'abc' is not a document id")]
    public async Task Validate_refuses_a_file_that_is_not_a_manifest(string content, string message)
    {
        var path = Path.Combine(_folder.FullName, "bad.json");
        File.WriteAllText(path, content);

        var run = await CliRun.RunAsync("documents", "validate", path);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith("error: ", line, StringComparison.Ordinal);
        Assert.Contains(message, line, StringComparison.Ordinal);
    }

    private static string Id(string document) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(document)));
}
