using GraphPlan.Core.Seed;
using GraphPlan.Testing;

namespace GraphPlan.Core.Tests.Seed;

public sealed class SeedCoverageTests
{
    [Fact]
    public void The_report_counts_kinds_and_lists_entities_without_relationships()
    {
        var report = SeedCoverage.Report(SampleGraph.Create());

        Assert.Contains("9 entities, 8 relationships", report, StringComparison.Ordinal);
        Assert.Contains("| Project | 2 | 0 | 0 |", report, StringComparison.Ordinal);
        Assert.Contains("| SUPPORTS | 1 | 1 | 0 | 0 | 0 |", report, StringComparison.Ordinal);
        Assert.Contains("`place:zhapu`", report, StringComparison.Ordinal);
        Assert.Contains("`section:3.2`", report, StringComparison.Ordinal);
    }

    [Fact]
    public void The_coverage_block_in_the_seed_readme_is_current()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Seed, "README.md"));
        var seed = SeedLoader.Load(RepositoryPaths.Seed);
        var expected = SeedCoverage.ReplaceBlock(readme, SeedCoverage.Report(seed.Graph, seed.SourceText));

        Assert.True(readme == expected, "seed/README.md's coverage block is stale. Regenerate it with: dotnet run --project src/GraphPlan.Cli -- coverage --write seed/README.md");
    }
}
