using GraphPlan.Core.Seed;
using GraphPlan.Testing;

namespace GraphPlan.Storage.Neo4j.Tests;

/// <summary>seed/export/plan.cypher is what users load with cypher-shell: it must be the current seed.</summary>
public sealed class CypherExportFileTests
{
    [Fact]
    public void The_committed_cypher_export_matches_the_seed()
    {
        var expected = CypherScriptWriter.Write(SeedLoader.Load(RepositoryPaths.Seed).Graph);
        var committed = File.ReadAllText(Path.Combine(RepositoryPaths.Seed, "export", "plan.cypher"));

        Assert.True(
            committed.ReplaceLineEndings("\n") == expected.ReplaceLineEndings("\n"),
            "seed/export/plan.cypher is stale. Regenerate it with: dotnet run --project src/GraphPlan.Cli -- export --format cypher -o seed/export/plan.cypher");
    }
}
