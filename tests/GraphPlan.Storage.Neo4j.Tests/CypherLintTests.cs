using System.Diagnostics;
using System.Text.Json;
using GraphPlan.Core.Graph;
using GraphPlan.Testing;

namespace GraphPlan.Storage.Neo4j.Tests;

/// <summary>
/// Every statement the adapter can send, and the script the writer produces, go through Neo4j's own Cypher
/// parser and semantic analysis (npm @neo4j-cypher/language-support, run by cypher-lint/lint.mjs).
/// The test installs nothing: CI runs `npm ci --prefix tests/GraphPlan.Storage.Neo4j.Tests/cypher-lint` first.
/// </summary>
public sealed class CypherLintTests
{
    private const string InstallCommand = "npm ci --prefix tests/GraphPlan.Storage.Neo4j.Tests/cypher-lint";

    private static readonly string _folder = Path.Combine(RepositoryPaths.Root, "tests", "GraphPlan.Storage.Neo4j.Tests", "cypher-lint");

    [Fact]
    public void Every_catalogued_statement_passes_the_linter()
    {
        var statements = CypherStatements.All.Select(s => new LintInput(s.Name, s.Text, s.Parameters)).ToList();

        var checkedCount = Lint(statements);

        Assert.Equal(statements.Count, checkedCount);
    }

    [Fact]
    public void The_written_script_passes_the_linter()
    {
        var graph = SampleGraph.Create();
        var hostile = SampleGraph.Entity("project:hostile", EntityKind.Project, "'}) DETACH DELETE n // \\ \" \n\r\t 😀 \u2028 \u0000", "x';\nMATCH (n) DETACH DELETE n;//", "$name");
        var script = CypherScriptWriter.Write(graph with { Entities = [.. graph.Entities, hostile] }, batchSize: 4);
        var statements = CypherScriptWriter.Statements(script)
            .Select((text, i) => new LintInput($"script[{i}]", text, new Dictionary<string, object?>()))
            .ToList();

        var checkedCount = Lint(statements);

        Assert.Equal(CypherStatements.Schema().Count + 3 + 2 + 1, checkedCount);
    }

    [Fact]
    public void A_broken_statement_is_reported_with_its_message()
    {
        var error = Assert.ThrowsAny<Exception>(() => Lint([new LintInput("broken", "MATCH (n:Entity) RETURN n {.id, .name) AS x", new Dictionary<string, object?>())]));

        Assert.Contains("broken", error.Message, StringComparison.Ordinal);
        Assert.Contains("Invalid input ')'", error.Message, StringComparison.Ordinal);
    }

    private static int Lint(IReadOnlyList<LintInput> statements)
    {
        Assert.True(
            Directory.Exists(Path.Combine(_folder, "node_modules", "@neo4j-cypher", "language-support")),
            $"The Cypher linter is not installed: run `{InstallCommand}` from the repository root first.");

        var input = Path.Combine(Path.GetTempPath(), $"graphplan-cypher-{Guid.NewGuid():N}.json");
        File.WriteAllText(input, JsonSerializer.Serialize(statements, JsonSerializerOptions.Web));
        try
        {
            var start = new ProcessStartInfo("node")
            {
                WorkingDirectory = _folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add("lint.mjs");
            start.ArgumentList.Add(input);
            using var node = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
            var stderr = node.StandardError.ReadToEndAsync();
            var stdout = node.StandardOutput.ReadToEnd();
            Assert.True(node.WaitForExit(TimeSpan.FromMinutes(2)), "the linter did not finish within two minutes");
            Assert.True(node.ExitCode == 0, $"node lint.mjs exited with {node.ExitCode}: {stderr.Result}");

            var report = JsonSerializer.Deserialize<LintReport>(stdout, JsonSerializerOptions.Web)!;
            if (report.Problems.Count > 0)
            {
                Assert.Fail(string.Join("\n\n", report.Problems.Select(p => $"{p.Name} ({p.Severity} at {p.Line}:{p.Column}): {p.Message}\n{p.Text}")));
            }

            return report.Checked;
        }
        finally
        {
            File.Delete(input);
        }
    }

    private sealed record LintInput(string Name, string Text, IReadOnlyDictionary<string, object?> Parameters);

    private sealed record LintReport(int Checked, IReadOnlyList<LintProblem> Problems);

    private sealed record LintProblem(string Name, string Text, string Severity, string Message, int Line, int Column);
}
