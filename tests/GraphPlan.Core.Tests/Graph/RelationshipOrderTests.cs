using GraphPlan.Core.Graph;
using GraphPlan.Generation;

namespace GraphPlan.Core.Tests.Graph;

/// <summary>The order of relationships by id, as exports list them, worked out without making the ids.</summary>
public sealed class RelationshipOrderTests
{
    [Fact]
    public void A_generated_graph_sorts_as_its_ids_do()
    {
        var relationships = PlanGraphGenerator.Generate(2000, seed: 3).Relationships;

        Assert.Equal(
            relationships.Select(r => r.Id).Order(StringComparer.Ordinal),
            relationships.Order(RelationshipOrder.ById).Select(r => r.Id));
    }

    [Theory]
    [InlineData("a", RelationshipKind.Supports, "b", "a-x", RelationshipKind.Supports, "b")]
    [InlineData("a", RelationshipKind.PartOf, "b", "a", RelationshipKind.PartOf, "bc")]
    [InlineData("a-", RelationshipKind.PartOf, "b", "a", RelationshipKind.PartOf, "b")]
    [InlineData("项目:甲", RelationshipKind.LocatedIn, "z", "项目:乙", RelationshipKind.HostedOn, "a")]
    [InlineData("a", RelationshipKind.HostedOn, "b", "a", RelationshipKind.HasTarget, "b")]
    [InlineData("x", RelationshipKind.Supports, "y", "x", RelationshipKind.Supports, "y")]
    [InlineData("", RelationshipKind.Supports, "", "", RelationshipKind.Supports, "-")]
    public void Ids_that_share_a_beginning_sort_as_their_text(string fromA, RelationshipKind kindA, string toA, string fromB, RelationshipKind kindB, string toB)
    {
        var a = new Relationship(fromA, kindA, toA);
        var b = new Relationship(fromB, kindB, toB);

        Assert.Equal(Math.Sign(string.CompareOrdinal(a.Id, b.Id)), Math.Sign(RelationshipOrder.ById.Compare(a, b)));
        Assert.Equal(Math.Sign(string.CompareOrdinal(b.Id, a.Id)), Math.Sign(RelationshipOrder.ById.Compare(b, a)));
    }
}
