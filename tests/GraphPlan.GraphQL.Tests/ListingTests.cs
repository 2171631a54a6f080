using GraphPlan.Core.Graph;
using GraphPlan.Generation;
using GraphPlan.Testing;

namespace GraphPlan.GraphQL.Tests;

/// <summary>Relay-style lists: filters, sort order, page sizes and cursors.</summary>
public sealed class ListingTests : IDisposable
{
    private readonly GraphQLTestHost _host = new(SampleGraph.Create());

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Pages_follow_each_other_through_cursors_without_gaps_or_repeats()
    {
        const string Query = """
            query($after: String) { entities(first: 4, after: $after, orderBy: {field: NAME_EN, direction: DESC}) {
              totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id nameEn } } } }
            """;
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var list = JsonAssert.Data(await _host.ExecuteAsync(Query, new() { ["after"] = after })).GetProperty("entities");
            Assert.Equal(9, list.GetProperty("totalCount").GetInt32());
            Assert.Equal(pages > 0, list.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
            seen.AddRange(list.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("nameEn").GetString()!));
            pages++;
            if (!list.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                break;
            }

            after = list.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }

        Assert.Equal(3, pages);
        Assert.Equal(9, seen.Distinct().Count());
        Assert.Equal(seen.OrderDescending(StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task The_default_page_size_applies_when_first_is_omitted()
    {
        var graph = PlanGraphGenerator.Generate(300, seed: 3);
        using var host = new GraphQLTestHost(graph);

        var list = JsonAssert.Data(await host.ExecuteAsync("{ projects { totalCount nodes { id } } }")).GetProperty("projects");

        Assert.Equal(graph.Entities.Count(e => e.Kind == EntityKind.Project), list.GetProperty("totalCount").GetInt32());
        Assert.Equal(20, list.GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public async Task Lists_filter_by_kind_text_and_attribute()
    {
        var data = JsonAssert.Data(await _host.ExecuteAsync("""
            {
              byText: entities(search: "hydrogen", kinds: [PROJECT, PLATFORM]) { nodes { id } }
              planned: projects(attributes: [{key: "status", value: "planned"}]) { nodes { id } }
              chinese: entities(search: "液氢") { nodes { id } }
            }
            """));

        Assert.Equal([SampleGraph.Zone, SampleGraph.Station, SampleGraph.Plant], JsonAssert.Strings(data.GetProperty("byText").GetProperty("nodes"), "id").Order(StringComparer.Ordinal));
        Assert.Equal([SampleGraph.Station], JsonAssert.Strings(data.GetProperty("planned").GetProperty("nodes"), "id"));
        Assert.Equal([SampleGraph.Plant], JsonAssert.Strings(data.GetProperty("chinese").GetProperty("nodes"), "id"));
    }
}
