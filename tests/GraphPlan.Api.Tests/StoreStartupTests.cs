using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphPlan.Api.Tests;

/// <summary>A store or seed that cannot be used stops the API at start with one message that says why.</summary>
public sealed class StoreStartupTests
{
    [Fact]
    public async Task An_unreachable_neo4j_stops_the_api_with_one_line_naming_the_address()
    {
        var (exitCode, stderr) = await ApiProcess.RunUntilExitAsync(new Dictionary<string, string>
        {
            ["Store__Kind"] = "neo4j",
            ["Store__Neo4j__Uri"] = "http://127.0.0.1:9",
            ["Store__Neo4j__Password"] = "secret-password",
            ["Store__Neo4j__RetryAttempts"] = "0",
        });

        Assert.Equal(1, exitCode);
        var line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("GraphPlan cannot start:", StringComparison.Ordinal));
        Assert.Contains("127.0.0.1:9", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_seed_stops_the_api_naming_the_file_and_problem()
    {
        var seed = Directory.CreateTempSubdirectory("graphplan-bad-seed");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(seed.FullName, "bad.yaml"), "entities:\n  - id: project:x\n    kind: Spaceship\n");
            var (exitCode, stderr) = await ApiProcess.RunUntilExitAsync(new Dictionary<string, string>
            {
                ["Store__Embedded__Path"] = Path.Combine(seed.FullName, "graph.db"),
                ["Seed__Path"] = seed.FullName,
            });

            Assert.Equal(1, exitCode);
            Assert.Contains("GraphPlan cannot start:", stderr, StringComparison.Ordinal);
            Assert.Contains("bad.yaml", stderr, StringComparison.Ordinal);
            Assert.Contains("Spaceship", stderr, StringComparison.Ordinal);
        }
        finally
        {
            seed.Delete(recursive: true);
        }
    }

    [Fact]
    public void An_unknown_store_kind_is_refused_with_the_choices()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder.UseSetting("Store:Kind", "mongodb"));

        var error = Assert.ThrowsAny<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("'mongodb'", error.Message, StringComparison.Ordinal);
        Assert.Contains("neo4j", error.Message, StringComparison.Ordinal);
    }
}
