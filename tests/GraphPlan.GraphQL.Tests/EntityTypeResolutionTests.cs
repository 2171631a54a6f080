using GraphPlan.Core.Graph;
using GraphPlan.Core.Seed;
using GraphPlan.Core.Store;
using GraphPlan.Testing;

namespace GraphPlan.GraphQL.Tests;

/// <summary>
/// Every entity reached through the <c>Entity</c> interface comes back as the object type of its kind (the interface
/// resolves the type from the kind in one step instead of trying each type's IsTypeOf).
/// </summary>
public sealed class EntityTypeResolutionTests : IClassFixture<PlanQueryTests.PlanHost>
{
    private static readonly GraphData _seed = SeedLoader.Load(RepositoryPaths.Seed).Graph;

    private readonly GraphQLTestHost _host;

    public EntityTypeResolutionTests(PlanQueryTests.PlanHost plan) => _host = plan.Host;

    public static TheoryData<EntityKind> Kinds() => [.. Enum.GetValues<EntityKind>()];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task An_entity_of_each_kind_is_its_kinds_object_type(EntityKind kind)
    {
        var entity = _seed.Entities.First(e => e.Kind == kind);

        var node = (await _host.ExecuteAsync($$"""{ node(id: "{{entity.Id}}") { __typename id kind } }""")).GetProperty("data").GetProperty("node");

        Assert.Equal(kind.ToString(), node.GetProperty("__typename").GetString());
        Assert.Equal(entity.Id, node.GetProperty("id").GetString());
    }

    [Fact]
    public async Task A_list_mixing_every_kind_resolves_each_entity_to_its_own_type()
    {
        var entities = Enum.GetValues<EntityKind>().Select(kind => _seed.Entities.First(e => e.Kind == kind)).ToList();
        var ids = string.Join(", ", entities.Select(e => $"\"{e.Id}\""));

        var nodes = (await _host.ExecuteAsync($$"""{ nodes(ids: [{{ids}}]) { __typename id } }""")).GetProperty("data").GetProperty("nodes").EnumerateArray().ToList();

        Assert.Equal(entities.Select(e => (e.Kind.ToString(), e.Id)), nodes.Select(n => (n.GetProperty("__typename").GetString()!, n.GetProperty("id").GetString()!)));
    }
}
