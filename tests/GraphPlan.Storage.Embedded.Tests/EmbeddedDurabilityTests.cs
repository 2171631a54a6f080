using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using GraphPlan.Testing;

namespace GraphPlan.Storage.Embedded.Tests;

/// <summary>What only a store with a file of its own must show: what it acknowledged is there after a restart.</summary>
public sealed class EmbeddedDurabilityTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Everything_acknowledged_is_there_after_reopening()
    {
        using (var store = _database.Open())
        {
            await store.ImportAsync(SampleGraph.Create());
            await store.UnlinkAsync(SampleGraph.Station, RelationshipKind.Supports, SampleGraph.Target);
            await store.DeleteEntityAsync(SampleGraph.Unrelated);
            await store.UpsertEntityAsync(SampleGraph.Entity(SampleGraph.Hydrogen, EntityKind.Industry, "氢能产业", "Hydrogen industry"));
        }

        using var reopened = _database.Open();
        var stats = await reopened.GetStatisticsAsync();

        Assert.Equal(SampleGraph.Create().Entities.Count - 1, stats.EntityCount);
        Assert.Equal(SampleGraph.Create().Relationships.Count - 1, stats.RelationshipCount);
        Assert.Equal("氢能产业", (await reopened.GetEntitiesAsync([SampleGraph.Hydrogen]))[0]!.Name);
        Assert.Null((await reopened.GetEntitiesAsync([SampleGraph.Unrelated]))[0]);
    }

    [Fact]
    public async Task A_links_reasoning_survives_reopening()
    {
        var inferred = new Relationship(SampleGraph.Plant, RelationshipKind.Supports, SampleGraph.Target)
        {
            Provenance = [new Provenance(SampleGraph.Section, "充分发挥国内首座商用液氢工厂的示范作用", Basis.Inferred)],
            Reasoning = "the plant is one of the hydrogen projects, and the hydrogen target measures their output",
        };
        using (var store = _database.Open())
        {
            await store.ImportAsync(SampleGraph.Create());
            await store.LinkAsync(inferred);
        }

        using var reopened = _database.Open();

        Assert.Equal(inferred.Reasoning, (await reopened.ExportAsync()).Relationships.Single(r => r.Id == inferred.Id).Reasoning);
    }

    [Fact]
    public async Task Versions_and_the_audit_trail_survive_reopening()
    {
        using (var store = _database.Open())
        {
            await store.ImportAsync(SampleGraph.Create());
            var read = (await store.GetEntitiesAsync([SampleGraph.Hydrogen]))[0]!;
            await store.CurateAsync(Curation.Upsert("alice", read with { NameEn = "Hydrogen" }, read.Version));
        }

        using var reopened = _database.Open();

        Assert.Equal(2, (await reopened.GetEntitiesAsync([SampleGraph.Hydrogen]))[0]!.Version);
        Assert.Equal("alice", Assert.Single(await reopened.GetAuditTrailAsync(new AuditQuery())).Actor);
    }

    [Fact]
    public async Task Concurrent_writers_lose_nothing()
    {
        using (var store = _database.Open())
        {
            await store.ImportAsync(SampleGraph.Create());
            var writes = Enumerable.Range(0, 200).Select(i => Task.Run(async () =>
            {
                var id = $"project:concurrent-{i}";
                await store.UpsertEntityAsync(SampleGraph.Entity(id, EntityKind.Project, $"项目{i}", $"Project {i}"));
                await store.LinkAsync(SampleGraph.Link(id, RelationshipKind.Supports, SampleGraph.Target));
            }));
            await Task.WhenAll(writes);
        }

        using var reopened = _database.Open();
        var supporters = (await reopened.GetRelatedAsync([SampleGraph.Target], new RelationFilter(Direction.Incoming) { Kinds = [RelationshipKind.Supports] }))[0];

        Assert.Equal(201, supporters.Count);
    }
}
