using System.Security.Claims;
using System.Text.Json;
using GraphPlan.Testing;

namespace GraphPlan.GraphQL.Tests;

/// <summary>The polled change feed: pages by sequence, filters by subject and action, and subscriptions refused without a stream.</summary>
public sealed class ChangeFeedQueryTests : IDisposable
{
    private readonly GraphQLTestHost _host = new(SampleGraph.Create());

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task The_example_polls_page_by_page_from_the_last_sequence_without_repeats()
    {
        var example = File.ReadAllText(Path.Combine(RepositoryPaths.Schema, "queries", "curation", "changes.graphql"));
        for (var i = 0; i < 3; i++)
        {
            await RenameAsync($"name {i}");
        }

        var first = JsonAssert.Data(await _host.ExecuteAsync(example)).GetProperty("changes");
        await RenameAsync("name 3");
        var next = JsonAssert.Data(await _host.ExecuteAsync(example, new() { ["after"] = first.GetProperty("last").GetInt32() })).GetProperty("changes");

        Assert.Equal([1L, 2L, 3L], Sequences(first));
        Assert.Equal([4L], Sequences(next));
        Assert.Equal(4, next.GetProperty("changes")[0].GetProperty("versionBefore").GetInt32());
        Assert.Equal(5, next.GetProperty("changes")[0].GetProperty("versionAfter").GetInt32());
        Assert.False(next.GetProperty("hasMore").GetBoolean());
    }

    [Fact]
    public async Task A_filtered_page_skips_other_changes_and_its_last_sequence_still_moves_past_them()
    {
        await RenameAsync("renamed");
        JsonAssert.Data(await _host.ExecuteAsync($$"""mutation { deleteEntity(id: "{{SampleGraph.Unrelated}}") { audit { sequence } } }""", user: Curator));

        var deletes = JsonAssert.Data(await _host.ExecuteAsync("{ changes(actions: [DELETE_ENTITY]) { changes { sequence subject } last } }")).GetProperty("changes");
        var plant = JsonAssert.Data(await _host.ExecuteAsync($$"""{ changes(subjects: ["{{SampleGraph.Plant}}"], first: 1) { changes { sequence } last hasMore } }""")).GetProperty("changes");

        Assert.Equal(SampleGraph.Unrelated, Assert.Single(deletes.GetProperty("changes").EnumerateArray()).GetProperty("subject").GetString());
        Assert.Equal(2, deletes.GetProperty("last").GetInt32());
        Assert.Equal([1L], Sequences(plant));
        Assert.Equal(1, plant.GetProperty("last").GetInt32());
        Assert.True(plant.GetProperty("hasMore").GetBoolean());
    }

    [Theory]
    [InlineData("{ changes(first: 0) { last } }")]
    [InlineData("{ changes(first: 101) { last } }")]
    [InlineData("{ changes(after: -1) { last } }")]
    public async Task Out_of_range_arguments_are_bad_user_input(string query)
    {
        JsonAssert.Error(await _host.ExecuteAsync(query), "BAD_USER_INPUT");
    }

    [Fact]
    public async Task A_subscription_without_a_stream_is_told_where_to_go()
    {
        var example = File.ReadAllText(Path.Combine(RepositoryPaths.Schema, "queries", "curation", "changed.graphql"));

        var error = JsonAssert.Error(await _host.ExecuteAsync(example), "SUBSCRIPTION_NEEDS_STREAM");

        Assert.Contains("/graphql/stream", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static ClaimsPrincipal Curator => new(new ClaimsIdentity([new Claim(ClaimTypes.Name, "alice"), new Claim(ClaimTypes.Role, "curator")], "test"));

    private static List<long> Sequences(JsonElement page) => page.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("sequence").GetInt64()).ToList();

    private async Task RenameAsync(string nameEn)
    {
        var version = JsonAssert.Data(await _host.ExecuteAsync($$"""{ node(id: "{{SampleGraph.Plant}}") { version } }""")).GetProperty("node").GetProperty("version").GetInt32();
        JsonAssert.Data(await _host.ExecuteAsync(
            $$"""
            mutation($v: Int) { upsertEntity(expectedVersion: $v, input: {id: "{{SampleGraph.Plant}}", kind: PROJECT, name: "液氢工厂", nameEn: "{{nameEn}}",
              provenance: [{section: "section:3.2", quote: "建设氢能提纯、氢能装备制造、加氢站、氢能运用等项目"}]}) { audit { sequence } } }
            """,
            new() { ["v"] = version },
            Curator));
    }
}
