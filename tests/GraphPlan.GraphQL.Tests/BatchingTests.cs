using GraphPlan.Generation;

namespace GraphPlan.GraphQL.Tests;

/// <summary>No N+1: nested relations of a list cost a fixed number of store calls per level, whatever the list's length.</summary>
public sealed class BatchingTests
{
    [Fact]
    public async Task Nested_relations_of_a_list_cost_one_store_call_per_field_and_level()
    {
        using var host = new GraphQLTestHost(PlanGraphGenerator.Generate(300, seed: 11));
        host.Store.Reset();

        var data = JsonAssert.Data(await host.ExecuteAsync("""
            { projects(first: 80) { nodes { id ... on Project {
                industries { id projects { id platforms { id } } }
                platforms { id industries { id } }
            } } } }
            """));

        var projects = data.GetProperty("projects").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(80, projects.Count);
        Assert.All(projects, p => Assert.NotEmpty(p.GetProperty("industries").EnumerateArray()));
        Assert.Equal(1, host.Store.Calls("FindEntitiesAsync"));
        // industries, platforms (level 1); industries.projects, platforms.industries (level 2); projects.platforms (level 3).
        Assert.Equal(5, host.Store.Calls("GetRelatedAsync"));
        Assert.Equal(6, host.Store.TotalCalls);
    }
}
