using GraphPlan.Core.Seed;
using GraphPlan.Testing;

namespace GraphPlan.Cli.Tests;

/// <summary><c>validate</c>, <c>coverage</c> and <c>import</c>: what they print for the real seed and for a broken one, and their exit codes.</summary>
public sealed class SeedCommandTests : IDisposable
{
    private static readonly SeedSet _seed = SeedLoader.Load(RepositoryPaths.Seed);

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("graphplan-cli-tests");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Validate_reports_the_seeds_size_and_exits_0()
    {
        var run = await CliRun.RunAsync("validate");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"seed valid: {_seed.Graph.Entities.Count} entities, {_seed.Graph.Relationships.Count} relationships in {_seed.Files.Count} files\n", run.Stdout);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public async Task Validate_lists_each_problem_with_its_file_and_exits_1()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder.FullName, "bad.yaml"), "entities:\n  - id: project:x\n    kind: Spaceship\n");

        var run = await CliRun.RunAsync("validate", "--seed", _folder.FullName);

        Assert.Equal(1, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Contains(run.StderrLines, l => l.Contains("bad.yaml", StringComparison.Ordinal) && l.Contains("Spaceship", StringComparison.Ordinal));
        Assert.Matches(@"^seed invalid: [1-9]\d* problem\(s\)$", run.StderrLines[^1]);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_seed_folder_is_named_without_a_stack_trace_and_exit_1()
    {
        var missing = Path.Combine(_folder.FullName, "no-such-seed");

        var run = await CliRun.RunAsync("import", "--seed", missing, "--database", Path.Combine(_folder.FullName, "graph.db"));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: ", run.StderrLines[0], StringComparison.Ordinal);
        Assert.Contains(run.StderrLines, l => l.Contains("no-such-seed", StringComparison.Ordinal) && l.Contains("does not exist", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public async Task Coverage_prints_the_report_of_the_seed()
    {
        var run = await CliRun.RunAsync("coverage");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(SeedCoverage.Report(_seed.Graph, _seed.SourceText).ReplaceLineEndings("\n"), run.Stdout);
    }

    [Fact]
    public async Task Coverage_write_refreshes_the_block_of_a_markdown_file_and_keeps_the_rest()
    {
        var file = Path.Combine(_folder.FullName, "README.md");
        await File.WriteAllTextAsync(file, "# Seed\n\nIntro stays.\n");

        var run = await CliRun.RunAsync("coverage", "--write", file);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"wrote the coverage block of {file}\n", run.Stderr);
        var written = await File.ReadAllTextAsync(file);
        Assert.StartsWith("# Seed\n\nIntro stays.\n", written, StringComparison.Ordinal);
        Assert.Contains(SeedCoverage.Report(_seed.Graph, _seed.SourceText).ReplaceLineEndings("\n").TrimEnd(), written.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_twice_leaves_one_copy_and_says_what_the_store_holds()
    {
        var database = Path.Combine(_folder.FullName, "graph.db");
        var expected = $"imported {_seed.Graph.Entities.Count} entities and {_seed.Graph.Relationships.Count} relationships; the store now holds {_seed.Graph.Entities.Count} and {_seed.Graph.Relationships.Count}\n";

        var first = await CliRun.RunAsync("import", "--database", database);
        var second = await CliRun.RunAsync("import", "--database", database);

        Assert.Equal((0, expected), (first.ExitCode, first.Stdout));
        Assert.Equal((0, expected), (second.ExitCode, second.Stdout));
    }
}
