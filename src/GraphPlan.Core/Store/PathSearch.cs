using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>
/// What <see cref="IGraphStore.FindPathsAsync"/> answers, written once over a per-level expand (a store's
/// <see cref="IGraphStore.GetRelatedAsync"/>): first the distance of every entity to the end, walking back from it
/// level by level; then the paths forward from the start, keeping only hops that can still reach the end in the
/// hops left (for shortest paths: exactly one hop closer). So a level costs one store call and no dead end is expanded.
/// Paths are listed fewest hops first, then by their relationship ids; <see cref="Order"/> is that order.
/// </summary>
public static class PathSearch
{
    /// <summary>Partial paths held at once; beyond it the search stops and says the result is truncated.</summary>
    public const int MaxPartialPaths = 20_000;

    /// <summary>Fewest hops first, then by the relationship ids along the path, then by the directions.</summary>
    public static IComparer<GraphPath> Order { get; } = Comparer<GraphPath>.Create((a, b) =>
    {
        var byDepth = a.Depth.CompareTo(b.Depth);
        if (byDepth != 0)
        {
            return byDepth;
        }

        for (var i = 0; i < a.Depth; i++)
        {
            var byId = string.CompareOrdinal(a.Segments[i].Relationship.Id, b.Segments[i].Relationship.Id);
            if (byId != 0)
            {
                return byId;
            }

            var byDirection = ((int)a.Segments[i].Direction).CompareTo((int)b.Segments[i].Direction);
            if (byDirection != 0)
            {
                return byDirection;
            }
        }

        return 0;
    });

    /// <summary>Checks the request's bounds; throws <see cref="ArgumentOutOfRangeException"/> naming the one that is off.</summary>
    public static void Check(PathRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.MaxHops, 1, nameof(request.MaxHops));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.MaxHops, PathRequest.HopLimit, nameof(request.MaxHops));
        ArgumentOutOfRangeException.ThrowIfLessThan(request.MaxPaths, 1, nameof(request.MaxPaths));
    }

    /// <summary>Sorts the paths, keeps <see cref="PathRequest.MaxPaths"/>, and says whether any were left off.</summary>
    public static TraversalResult Finish(IEnumerable<GraphPath> paths, PathRequest request, bool cut)
    {
        var sorted = paths.Order(Order).ToList();
        var truncated = cut || sorted.Count > request.MaxPaths;
        return new TraversalResult(sorted.Take(request.MaxPaths).ToList(), truncated);
    }

    public static async Task<TraversalResult> FindAsync(IGraphStore store, PathRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        Check(request);
        var endpoints = await store.GetEntitiesAsync([request.FromId, request.ToId], cancellationToken).ConfigureAwait(false);
        _ = endpoints[0] ?? throw new EntityNotFoundException(request.FromId);
        _ = endpoints[1] ?? throw new EntityNotFoundException(request.ToId);
        if (string.Equals(request.FromId, request.ToId, StringComparison.Ordinal))
        {
            return new TraversalResult([], false);
        }

        Task<IReadOnlyList<IReadOnlyList<RelatedEntity>>> Expand(IReadOnlyList<string> ids, Direction direction) =>
            store.GetRelatedAsync(ids, new RelationFilter(direction) { Kinds = request.Kinds }, cancellationToken);

        // Distances to the end, walking relationships the other way round.
        var back = request.Direction switch
        {
            Direction.Outgoing => Direction.Incoming,
            Direction.Incoming => Direction.Outgoing,
            _ => Direction.Both,
        };
        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [request.ToId] = 0 };
        var frontier = new List<string> { request.ToId };
        var all = request.Mode == PathMode.AllSimple;
        for (var level = 1; level <= request.MaxHops && frontier.Count > 0 && (all || !distance.ContainsKey(request.FromId)); level++)
        {
            var related = await Expand(frontier, back).ConfigureAwait(false);
            var next = new List<string>();
            foreach (var hops in related)
            {
                foreach (var hop in hops)
                {
                    if (Evidence.Admits(hop.Relationship, request.MinBasis) && distance.TryAdd(hop.Other.Id, level))
                    {
                        next.Add(hop.Other.Id);
                    }
                }
            }

            frontier = next;
        }

        if (!distance.TryGetValue(request.FromId, out var shortest))
        {
            return new TraversalResult([], false);
        }

        // For all simple paths every entity within the hop limit of the end has its distance; one without cannot be on a path.
        var limit = all ? request.MaxHops : shortest;
        var complete = new List<GraphPath>();
        var partial = new List<Partial> { new([], new HashSet<string>(StringComparer.Ordinal) { request.FromId }, request.FromId) };
        var cut = false;
        for (var used = 0; used < limit && partial.Count > 0; used++)
        {
            var ends = partial.Select(p => p.End).Distinct(StringComparer.Ordinal).ToList();
            var related = await Expand(ends, request.Direction).ConfigureAwait(false);
            var byEnd = new Dictionary<string, IReadOnlyList<RelatedEntity>>(StringComparer.Ordinal);
            for (var i = 0; i < ends.Count; i++)
            {
                byEnd[ends[i]] = related[i];
            }

            var left = limit - used - 1;
            var next = new List<Partial>();
            foreach (var path in partial)
            {
                foreach (var hop in byEnd[path.End])
                {
                    if (!Evidence.Admits(hop.Relationship, request.MinBasis) || path.Visited.Contains(hop.Other.Id))
                    {
                        continue;
                    }

                    if (!distance.TryGetValue(hop.Other.Id, out var d) || (all ? d > left : d != left))
                    {
                        continue;
                    }

                    var segments = new List<PathSegment>(path.Segments) { new(hop.Relationship, hop.Direction, hop.Other) };
                    if (string.Equals(hop.Other.Id, request.ToId, StringComparison.Ordinal))
                    {
                        complete.Add(new GraphPath(request.FromId, segments));
                    }
                    else if (left > 0)
                    {
                        next.Add(new Partial(segments, new HashSet<string>(path.Visited, StringComparer.Ordinal) { hop.Other.Id }, hop.Other.Id));
                    }
                }
            }

            if (next.Count > MaxPartialPaths)
            {
                cut = true;
                next = next.OrderBy(p => new GraphPath(request.FromId, p.Segments), Order).Take(MaxPartialPaths).ToList();
            }

            partial = next;
        }

        return Finish(complete, request, cut);
    }

    private sealed record Partial(IReadOnlyList<PathSegment> Segments, HashSet<string> Visited, string End);
}
