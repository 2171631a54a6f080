using GraphPlan.Testing;

namespace GraphPlan.GraphQL.Tests;

/// <summary>Looking entities up, their kind-specific fields, and their relations, on a small known graph.</summary>
public sealed class EntityQueryTests : IDisposable
{
    private readonly GraphQLTestHost _host = new(SampleGraph.Create());

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Node_returns_the_entity_as_its_own_type()
    {
        var data = JsonAssert.Data(await _host.ExecuteAsync("""
            { node(id: "target:hydrogen-output-2025") { __typename id kind name ... on Target { year values { value unit text qualifier aspirational } indicator { id unit } } } }
            """));

        var node = data.GetProperty("node");
        Assert.Equal("Target", node.GetProperty("__typename").GetString());
        Assert.Equal("TARGET", node.GetProperty("kind").GetString());
        Assert.Equal(2025, node.GetProperty("year").GetInt32());
        var value = Assert.Single(node.GetProperty("values").EnumerateArray());
        Assert.Equal(100, value.GetProperty("value").GetDouble());
        Assert.Equal("EXCEEDS", value.GetProperty("qualifier").GetString());
        Assert.True(value.GetProperty("aspirational").GetBoolean());
        Assert.Equal(SampleGraph.Indicator, node.GetProperty("indicator").GetProperty("id").GetString());
    }

    [Fact]
    public async Task An_unknown_id_is_a_not_found_error_that_names_the_id()
    {
        var response = await _host.ExecuteAsync("""{ node(id: "project:nope") { id } }""");

        var error = JsonAssert.Error(response, "NOT_FOUND");
        Assert.Contains("project:nope", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.GetProperty("data").GetProperty("node").ValueKind);
    }

    [Fact]
    public async Task Nodes_keeps_the_order_and_reports_each_unknown_id()
    {
        var response = await _host.ExecuteAsync("""{ nodes(ids: ["industry:hydrogen", "x:missing", "project:hydrogen-refuelling-stations"]) { id } }""");

        var nodes = response.GetProperty("data").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(SampleGraph.Hydrogen, nodes[0].GetProperty("id").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, nodes[1].ValueKind);
        Assert.Equal(SampleGraph.Station, nodes[2].GetProperty("id").GetString());
        Assert.Contains("x:missing", JsonAssert.Error(response, "NOT_FOUND").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Related_filters_by_kind_direction_and_the_other_ends_kind()
    {
        var data = JsonAssert.Data(await _host.ExecuteAsync("""
            {
              incoming: node(id: "industry:hydrogen") { related(kinds: [BELONGS_TO_INDUSTRY], direction: INCOMING) { kind direction entity { id } provenance { quote } } }
              platforms: node(id: "project:hydrogen-refuelling-stations") { related(otherKinds: [PLATFORM]) { kind direction entity { id } } }
            }
            """));

        var incoming = data.GetProperty("incoming").GetProperty("related").EnumerateArray().ToList();
        Assert.Equal(2, incoming.Count);
        Assert.All(incoming, r => Assert.Equal("INCOMING", r.GetProperty("direction").GetString()));
        Assert.Equal(
            [SampleGraph.Station, SampleGraph.Plant],
            incoming.Select(r => r.GetProperty("entity").GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        var platform = Assert.Single(data.GetProperty("platforms").GetProperty("related").EnumerateArray());
        Assert.Equal("HOSTED_ON", platform.GetProperty("kind").GetString());
        Assert.Equal("OUTGOING", platform.GetProperty("direction").GetString());
    }

    [Fact]
    public async Task Supporters_come_with_the_path_that_connects_them()
    {
        var data = JsonAssert.Data(await _host.ExecuteAsync("""
            { node(id: "target:hydrogen-output-2025") { ... on Target { supporters(maxDepth: 3, kinds: [PROJECT]) { totalCount truncated nodes { depth entity { id } path { kind direction entity { id } } } } } } }
            """));

        var supporters = data.GetProperty("node").GetProperty("supporters");
        Assert.Equal(2, supporters.GetProperty("totalCount").GetInt32());
        Assert.False(supporters.GetProperty("truncated").GetBoolean());
        var plant = supporters.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("entity").GetProperty("id").GetString() == SampleGraph.Plant);
        Assert.Equal(2, plant.GetProperty("depth").GetInt32());
        Assert.Equal(["HAS_TARGET", "BELONGS_TO_INDUSTRY"], JsonAssert.Strings(plant.GetProperty("path"), "kind"));
        Assert.Equal(SampleGraph.Hydrogen, plant.GetProperty("path")[0].GetProperty("entity").GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("""{ node(id: "target:hydrogen-output-2025") { ... on Target { supporters(maxDepth: 0) { totalCount } } } }""", "maxDepth")]
    [InlineData("""{ node(id: "target:hydrogen-output-2025") { ... on Target { supporters(maxDepth: 7) { totalCount } } } }""", "maxDepth")]
    [InlineData("""{ neighborhood(id: "industry:hydrogen", depth: 4) { truncated } }""", "depth")]
    [InlineData("""{ neighborhood(id: "industry:hydrogen", maxNodes: 100000) { truncated } }""", "maxNodes")]
    [InlineData("""{ entities(first: 1000) { totalCount } }""", "first")]
    [InlineData("""{ entities(first: 0) { totalCount } }""", "first")]
    [InlineData("""{ entities(after: "not-a-cursor") { totalCount } }""", "after")]
    public async Task Arguments_out_of_range_are_bad_user_input_naming_the_argument(string query, string argument)
    {
        var error = JsonAssert.Error(await _host.ExecuteAsync(query), "BAD_USER_INPUT");

        Assert.Contains($"'{argument}'", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_filter_on_an_attribute_the_kind_does_not_have_is_an_invalid_filter()
    {
        var error = JsonAssert.Error(await _host.ExecuteAsync("""{ projects(attributes: [{key: "unit", value: "亿元"}]) { totalCount } }"""), "INVALID_FILTER");

        Assert.Contains("'unit'", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("status", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_text_that_is_too_long_is_an_invalid_filter()
    {
        var error = JsonAssert.Error(await _host.ExecuteAsync("query($s: String) { entities(search: $s) { totalCount } }", new() { ["s"] = new string('氢', 300) }), "INVALID_FILTER");

        Assert.Contains("search", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_enum_value_is_a_validation_error_not_a_crash()
    {
        var response = await _host.ExecuteAsync("""{ entities(kinds: [SPACESHIP]) { totalCount } }""");

        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        Assert.Equal("ARGUMENTS_OF_CORRECT_TYPE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(response.TryGetProperty("data", out _));
    }
}
