using GraphPlan.Testing;
using Snapshooter.Xunit;

namespace GraphPlan.GraphQL.Tests;

/// <summary>Neighborhoods as nodes and edges, the shape a graph visualization takes.</summary>
public sealed class NeighborhoodTests : IDisposable
{
    private readonly GraphQLTestHost _host = new(SampleGraph.Create());

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Every_edge_joins_two_returned_nodes()
    {
        var neighborhood = JsonAssert.Data(await _host.ExecuteAsync("""{ neighborhood(id: "project:hydrogen-refuelling-stations", depth: 2) { nodes { id } edges { source target } } }""")).GetProperty("neighborhood");

        var ids = JsonAssert.Strings(neighborhood.GetProperty("nodes"), "id");
        Assert.Equal(SampleGraph.Station, ids[0]);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(neighborhood.GetProperty("edges").EnumerateArray(), e =>
        {
            Assert.Contains(e.GetProperty("source").GetString(), ids);
            Assert.Contains(e.GetProperty("target").GetString(), ids);
        });
    }

    [Fact]
    public async Task The_neighborhood_response_has_a_stable_shape()
    {
        var response = await _host.ExecuteAsync("""
            { node(id: "industry:hydrogen") { neighborhood(depth: 1, kinds: [BELONGS_TO_INDUSTRY, FOCUSES_ON]) { truncated nodes { id kind label labelEn } edges { id source target kind basis } } } }
            """);

        Snapshot.Match(Newtonsoft.Json.JsonConvert.DeserializeObject(response.GetRawText())!);
    }
}
