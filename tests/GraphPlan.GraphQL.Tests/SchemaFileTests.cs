using GraphPlan.Testing;
using GraphQL;

namespace GraphPlan.GraphQL.Tests;

/// <summary>schema/schema.graphql is the published contract: it must be exactly what the code prints.</summary>
public sealed class SchemaFileTests
{
    [Fact]
    public void The_committed_schema_file_matches_the_code()
    {
        using var host = new GraphQLTestHost(SampleGraph.Create());
        var printed = host.Schema.Print();
        var committed = File.ReadAllText(Path.Combine(RepositoryPaths.Schema, "schema.graphql"));

        Assert.True(
            Normalize(committed) == Normalize(printed),
            "schema/schema.graphql is stale. Regenerate it with: dotnet run --project src/GraphPlan.Cli -- schema export -o schema/schema.graphql");
    }

    private static string Normalize(string sdl) => sdl.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
