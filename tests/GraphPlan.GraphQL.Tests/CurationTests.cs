using System.Security.Claims;
using GraphPlan.Testing;

namespace GraphPlan.GraphQL.Tests;

/// <summary>Curation mutations: who may write, what a stale write gets, and what the audit trail shows.</summary>
public sealed class CurationTests : IDisposable
{
    private const string Upsert = """
        mutation($version: Int) {
          upsertEntity(expectedVersion: $version, input: {
            id: "project:hydrogen-refuelling-stations", kind: PROJECT, name: "加氢站", nameEn: "Hydrogen refuelling stations (curated)",
            attributes: [{key: "status", value: "under-construction"}],
            provenance: [{section: "section:3.2", quote: "建设氢能提纯、氢能装备制造、加氢站、氢能运用等项目"}]
          }) { audit { sequence actor action subject version } entity { id nameEn version } }
        }
        """;

    private readonly GraphQLTestHost _host = new(SampleGraph.Create());

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Without_a_key_a_mutation_is_unauthenticated_and_changes_nothing()
    {
        var error = JsonAssert.Error(await _host.ExecuteAsync(Upsert), "UNAUTHENTICATED");

        Assert.Contains("X-Api-Key", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await VersionOfStationAsync());
    }

    [Fact]
    public async Task A_reader_key_may_not_curate()
    {
        JsonAssert.Error(await _host.ExecuteAsync(Upsert, user: User("rita", "reader")), "FORBIDDEN");

        Assert.Equal(1, await VersionOfStationAsync());
    }

    [Fact]
    public async Task A_curator_writes_from_the_version_read_and_the_write_is_audited()
    {
        var payload = JsonAssert.Data(await _host.ExecuteAsync(Upsert, new() { ["version"] = 1 }, User("alice", "curator"))).GetProperty("upsertEntity");

        Assert.Equal(2, payload.GetProperty("entity").GetProperty("version").GetInt32());
        Assert.Equal("Hydrogen refuelling stations (curated)", payload.GetProperty("entity").GetProperty("nameEn").GetString());
        Assert.Equal("alice", payload.GetProperty("audit").GetProperty("actor").GetString());
        Assert.Equal("UPSERT_ENTITY", payload.GetProperty("audit").GetProperty("action").GetString());
        var trail = JsonAssert.Data(await _host.ExecuteAsync("""{ auditTrail(subject: "project:hydrogen-refuelling-stations") { actor version after } }""", user: User("rita", "reader"))).GetProperty("auditTrail");
        var entry = Assert.Single(trail.EnumerateArray());
        Assert.Equal(2, entry.GetProperty("version").GetInt32());
        Assert.Contains("under-construction", entry.GetProperty("after").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_curator_writing_from_a_stale_version_gets_a_conflict()
    {
        JsonAssert.Data(await _host.ExecuteAsync(Upsert, new() { ["version"] = 1 }, User("alice", "curator")));

        var error = JsonAssert.Error(await _host.ExecuteAsync(Upsert, new() { ["version"] = 1 }, User("bob", "curator")), "VERSION_CONFLICT");

        Assert.Contains("version 2, not 1", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, await VersionOfStationAsync());
    }

    [Fact]
    public async Task Invalid_input_is_refused_with_the_problem_named()
    {
        var error = JsonAssert.Error(await _host.ExecuteAsync("""
            mutation { link(input: {from: "project:hydrogen-refuelling-stations", kind: MEASURED_BY, to: "indicator:hydrogen-output", provenance: [{section: "section:3.2", quote: "x"}]}) { audit { sequence } } }
            """, user: User("alice", "curator")), "VALIDATION_FAILED");

        Assert.Contains("MEASURED_BY cannot start at a Project", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Link_unlink_and_delete_are_recorded_newest_first()
    {
        var curator = User("carol", "curator");
        JsonAssert.Data(await _host.ExecuteAsync("""mutation { link(input: {from: "project:liquid-hydrogen-plant", kind: SUPPORTS, to: "target:hydrogen-output-2025", provenance: [{section: "section:3.2", quote: "液氢"}]}) { audit { sequence } } }""", user: curator));
        JsonAssert.Data(await _host.ExecuteAsync("""mutation { unlink(from: "project:liquid-hydrogen-plant", kind: SUPPORTS, to: "target:hydrogen-output-2025") { audit { sequence } } }""", user: curator));
        JsonAssert.Data(await _host.ExecuteAsync("""mutation { deleteEntity(id: "place:zhapu") { audit { sequence } } }""", user: curator));

        var trail = JsonAssert.Data(await _host.ExecuteAsync("{ auditTrail { action subject } }", user: curator)).GetProperty("auditTrail");

        Assert.Equal(["DELETE_ENTITY", "UNLINK", "LINK"], JsonAssert.Strings(trail, "action"));
        Assert.Equal("place:zhapu", trail[0].GetProperty("subject").GetString());
    }

    [Fact]
    public async Task The_example_curation_operations_run_on_the_plan_for_a_curator()
    {
        using var plan = new GraphQLTestHost(Core.Seed.SeedLoader.Load(RepositoryPaths.Seed).Graph);
        var folder = Path.Combine(RepositoryPaths.Schema, "queries", "curation");

        var renamed = JsonAssert.Data(await plan.ExecuteAsync(File.ReadAllText(Path.Combine(folder, "rename-institute.graphql")), new() { ["expectedVersion"] = 1 }, User("alice", "curator")));
        var trail = JsonAssert.Data(await plan.ExecuteAsync(File.ReadAllText(Path.Combine(folder, "audit-trail.graphql")), new() { ["subject"] = "organization:tsinghua-yangtze-delta-institute" }, User("alice", "curator")));

        Assert.Equal(2, renamed.GetProperty("upsertEntity").GetProperty("entity").GetProperty("version").GetInt32());
        Assert.Equal("alice", Assert.Single(trail.GetProperty("auditTrail").EnumerateArray()).GetProperty("actor").GetString());
    }

    private static ClaimsPrincipal User(string name, string role) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)], "test"));

    private async Task<int> VersionOfStationAsync() =>
        JsonAssert.Data(await _host.ExecuteAsync("""{ node(id: "project:hydrogen-refuelling-stations") { version } }""")).GetProperty("node").GetProperty("version").GetInt32();
}
