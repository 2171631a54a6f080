using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using static GraphPlan.Core.Tests.Store.WalkGraph;

namespace GraphPlan.Core.Tests.Store;

/// <summary>The neighborhood every store answers (<see cref="NeighborhoodWalk"/>), checked on <see cref="WalkGraph"/> by hand.</summary>
public sealed class NeighborhoodWalkTests
{
    private static Subgraph Around(string center, int depth, Func<NeighborhoodRequest, NeighborhoodRequest>? change = null) =>
        Levels().Neighborhood((change ?? (r => r))(new NeighborhoodRequest(center, depth)));

    [Fact]
    public void Nodes_come_center_first_then_outgoing_before_incoming_then_by_kind_and_id()
    {
        var one = Around(B, 1);

        Assert.Equal([B, Target, X, P], one.Nodes.Select(n => n.Id));
        Assert.False(one.Truncated);
    }

    [Fact]
    public void Edges_are_every_relationship_among_the_nodes_ordered_by_their_starts_place()
    {
        var one = Around(B, 1);

        Assert.Equal([$"{B}-HAS_TARGET->{Target}", $"{X}-BELONGS_TO_INDUSTRY->{B}", $"{P}-FOCUSES_ON->{B}"], one.Edges.Select(e => e.Id));
    }

    [Fact]
    public void The_second_level_goes_on_from_each_node_in_the_order_it_was_reached()
    {
        var two = Around(B, 2);

        Assert.Equal([B, Target, X, P, Z, G, A, W], two.Nodes.Select(n => n.Id));
        Assert.Equal(Create().Relationships.Count, two.Edges.Count);
        Assert.Equal($"{B}-HAS_TARGET->{Target}", two.Edges[0].Id);
    }

    [Fact]
    public void The_node_cap_stops_the_walk_and_says_so_and_edges_stay_among_the_kept_nodes()
    {
        var capped = Around(B, 2, r => r with { MaxNodes = 3 });
        var exact = Around(B, 1, r => r with { MaxNodes = 4 });

        Assert.Equal([B, Target, X], capped.Nodes.Select(n => n.Id));
        Assert.True(capped.Truncated);
        Assert.Equal([$"{B}-HAS_TARGET->{Target}", $"{X}-BELONGS_TO_INDUSTRY->{B}"], capped.Edges.Select(e => e.Id));
        Assert.False(exact.Truncated);
    }

    [Fact]
    public void Kinds_and_evidence_limit_both_the_walk_and_the_edges()
    {
        var focus = Around(B, 2, r => r with { Kinds = [RelationshipKind.FocusesOn] });
        var stated = Around(Target, 1, r => r with { MinBasis = Basis.Stated });

        Assert.Equal([B, P], focus.Nodes.Select(n => n.Id));
        Assert.Equal([$"{P}-FOCUSES_ON->{B}"], focus.Edges.Select(e => e.Id));
        Assert.Equal([Target, Z, G, B], stated.Nodes.Select(n => n.Id));
        Assert.DoesNotContain(stated.Edges, e => e.From == A);
    }

    [Fact]
    public void An_edge_listed_twice_by_a_store_is_kept_once()
    {
        var walk = new NeighborhoodWalk(new NeighborhoodRequest(P, 1), Create().Entities.Single(e => e.Id == P));
        walk.Add(Levels().Expand(walk.Frontier, walk.Kinds));
        var focus = Create().Relationships.Single(r => r.Kind == RelationshipKind.FocusesOn);

        var result = walk.Result([focus, focus]);

        Assert.Equal([focus.Id], result.Edges.Select(e => e.Id));
    }
}
