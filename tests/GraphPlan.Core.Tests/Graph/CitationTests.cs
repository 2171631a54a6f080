using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Tests.Graph;

/// <summary>What an entity or relationship gives back of the citations it was made with, one or many.</summary>
public sealed class CitationTests
{
    private static readonly Provenance _stated = new("section:3.2", "加快发展氢能产业。", Basis.Stated);
    private static readonly Provenance _external = new("section:3.2", "港区氢能产值", Basis.External, "https://example.org/report");

    [Fact]
    public void A_lone_citation_reads_back_as_a_list_of_one()
    {
        var relationship = new Relationship("project:a", RelationshipKind.Supports, "target:b") { Provenance = [_stated] };
        var entity = new Entity { Id = "project:a", Kind = EntityKind.Project, Name = "甲", NameEn = "A", Provenance = [_external] };

        Assert.Equal([_stated], relationship.Provenance);
        Assert.Equal([_external], entity.Provenance);
        Assert.Equal([_stated], (relationship with { Reasoning = "r" }).Provenance);
    }

    [Fact]
    public void Several_citations_read_back_in_their_order_and_none_as_empty()
    {
        var relationship = new Relationship("project:a", RelationshipKind.Supports, "target:b") { Provenance = [_external, _stated] };

        Assert.Equal([_external, _stated], relationship.Provenance);
        Assert.Empty(new Relationship("project:a", RelationshipKind.Supports, "target:b").Provenance);
        Assert.Empty(new Entity { Id = "project:a", Kind = EntityKind.Project, Name = "甲", NameEn = "A" }.Provenance);
    }

    [Theory]
    [InlineData(new Basis[0], Basis.Inferred)]
    [InlineData(new[] { Basis.External }, Basis.External)]
    [InlineData(new[] { Basis.Stated }, Basis.Stated)]
    [InlineData(new[] { Basis.External, Basis.SameParagraph }, Basis.SameParagraph)]
    [InlineData(new[] { Basis.Inferred, Basis.External }, Basis.Inferred)]
    public void The_basis_is_the_strongest_citation(Basis[] bases, Basis expected)
    {
        var relationship = new Relationship("project:a", RelationshipKind.Supports, "target:b")
        {
            Provenance = bases.Select(b => _stated with { Basis = b }).ToList(),
        };

        Assert.Equal(expected, relationship.Basis);
    }

    [Fact]
    public void Relationships_with_equal_lone_citations_are_equal()
    {
        var first = new Relationship("project:a", RelationshipKind.Supports, "target:b") { Provenance = [_stated] };
        var second = new Relationship("project:a", RelationshipKind.Supports, "target:b") { Provenance = [_stated with { }] };

        Assert.Equal(first, second);
        Assert.NotEqual(first, second with { Provenance = [_external] });
    }
}
