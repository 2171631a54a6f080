using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using static GraphPlan.Core.Tests.Store.WalkGraph;

namespace GraphPlan.Core.Tests.Store;

/// <summary>The traversal every store answers (<see cref="TraversalWalk"/>), checked on <see cref="WalkGraph"/> with answers worked out by hand.</summary>
public sealed class TraversalWalkTests
{
    private static TraversalResult Supporters(int depth = TraversalRequest.DepthLimit, Func<TraversalRequest, TraversalRequest>? change = null) =>
        Levels().Traverse((change ?? (r => r))(SupportTraversal.For(Target, depth)));

    private static List<string> Ends(TraversalResult result) => result.Paths.Select(p => p.End.Id).ToList();

    [Fact]
    public void Entities_come_level_by_level_then_by_step_then_by_id_whatever_order_the_store_lists_them_in()
    {
        var result = Supporters();

        // Depth 1: SUPPORTS is the first step, so project:z comes before the industries that have the target.
        Assert.Equal([Z, A, B, X, P, W], Ends(result));
        Assert.Equal([1, 1, 1, 2, 2, 3], result.Paths.Select(p => p.Depth));
        Assert.False(result.Truncated);
    }

    [Fact]
    public void An_entity_reached_two_ways_at_the_same_depth_keeps_the_path_through_the_first_reached_parent()
    {
        var x = Supporters().Paths.Single(p => p.End.Id == X);

        Assert.Equal([$"{A}-HAS_TARGET->{Target}", $"{X}-BELONGS_TO_INDUSTRY->{A}"], x.Segments.Select(s => s.Relationship.Id));
        Assert.Equal([A, X], x.Segments.Select(s => s.Entity.Id));
        Assert.All(x.Segments, s => Assert.Equal(Direction.Incoming, s.Direction));
    }

    [Fact]
    public void A_goal_is_not_an_owner_so_its_target_does_not_make_it_a_supporter()
    {
        Assert.DoesNotContain(G, Ends(Supporters()));
    }

    [Fact]
    public void The_walk_stops_at_the_result_cap_and_says_so_but_a_result_that_fits_exactly_is_whole()
    {
        var capped = Supporters(change: r => r with { MaxResults = 3 });
        var exact = Supporters(change: r => r with { MaxResults = 6 });

        Assert.Equal([Z, A, B], Ends(capped));
        Assert.True(capped.Truncated);
        Assert.Equal(6, exact.Paths.Count);
        Assert.False(exact.Truncated);
    }

    [Fact]
    public void Unlisted_kinds_are_walked_through_and_only_listed_ones_count_against_the_cap()
    {
        var projects = Supporters(change: r => r with { Listed = [EntityKind.Project], MaxResults = 3 });
        var capped = Supporters(change: r => r with { Listed = [EntityKind.Project], MaxResults = 2 });

        Assert.Equal([Z, X, W], Ends(projects));
        Assert.Equal([B, P, W], projects.Paths[2].Segments.Select(s => s.Entity.Id));
        Assert.False(projects.Truncated);
        Assert.Equal([Z, X], Ends(capped));
        Assert.True(capped.Truncated);
    }

    [Fact]
    public void The_depth_limit_ends_the_walk_without_truncating_it()
    {
        var levels = Levels();
        var walk = new TraversalWalk(SupportTraversal.For(Target, 1), Create().Entities.Single(e => e.Id == Target));

        walk.Add(levels.Expand(walk.Frontier, walk.Kinds));

        Assert.Empty(walk.Frontier);
        Assert.Equal([Z, A, B], Ends(walk.Result()));
        Assert.False(walk.Result().Truncated);
    }

    [Fact]
    public void The_evidence_filter_skips_weak_links_and_the_path_goes_another_way()
    {
        var stated = Supporters(change: r => r with { MinBasis = Basis.Stated });

        Assert.Equal([Z, B, X, P, W], Ends(stated));
        Assert.Equal([B, X], stated.Paths.Single(p => p.End.Id == X).Segments.Select(s => s.Entity.Id));
    }

    [Fact]
    public void Initial_steps_apply_from_the_start_only()
    {
        var fromGoal = Levels().Traverse(SupportTraversal.For(G, TraversalRequest.DepthLimit));

        Assert.Equal([Target, Z, A, B, X, P, W], Ends(fromGoal));
        Assert.Equal(Direction.Outgoing, fromGoal.Paths[0].Segments[0].Direction);
    }

    [Fact]
    public void A_level_must_answer_for_every_frontier_entity()
    {
        var walk = new TraversalWalk(SupportTraversal.For(Target, 2), Create().Entities.Single(e => e.Id == Target));

        Assert.Throws<ArgumentException>(() => walk.Add([]));
    }
}
