using GraphPlan.Core.Store;
using GraphPlan.Testing;

namespace GraphPlan.Core.Tests.Store;

/// <summary>How every store numbers versions (<see cref="EntityVersions"/>).</summary>
public sealed class EntityVersionsTests
{
    private static readonly GraphPlan.Core.Graph.Entity _plant = SampleGraph.Create().Entities.Single(e => e.Id == SampleGraph.Plant);

    [Theory]
    [InlineData(null, 1)]
    [InlineData(1L, 2)]
    [InlineData(41L, 42)]
    public void The_next_version_is_one_more_than_the_stored_one(long? stored, long next)
    {
        Assert.Equal(next, EntityVersions.Next(stored is { } v ? _plant with { Version = v } : null));
    }

    [Fact]
    public void An_unchanged_entity_is_not_rewritten_whatever_version_the_writer_sent()
    {
        Assert.Null(EntityVersions.Rewritten(_plant with { Version = 0 }, _plant with { Version = 5 }));
    }

    [Fact]
    public void A_changed_or_new_entity_is_written_at_its_next_version()
    {
        Assert.Equal(6, EntityVersions.Rewritten(_plant with { NameEn = "Plant" }, _plant with { Version = 5 })!.Version);
        Assert.Equal(1, EntityVersions.Rewritten(_plant with { Version = 9 }, null)!.Version);
    }
}
