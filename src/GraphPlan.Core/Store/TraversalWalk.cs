using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>
/// The breadth-first walk of <see cref="IGraphStore.TraverseAsync"/>, written once. A store only expands: it asks for
/// <see cref="Frontier"/>, hands each entity's relationships of <see cref="Kinds"/> to <see cref="Add"/> (those to
/// entities already <see cref="Reached"/> may be left out), and repeats until the frontier is empty; then
/// <see cref="Result"/> is the answer. The walk decides everything else:
/// <list type="bullet">
/// <item>Level by level up to <see cref="TraversalRequest.MaxDepth"/>, so each entity is listed at its shortest depth.</item>
/// <item>Within a level: frontier order (the order entities were reached), then step order, then outgoing before
/// incoming, then <see cref="HopOrder"/>; the first relationship that reaches an entity is its path.</item>
/// <item>A relationship is followed when it fits a step (kind, direction, <see cref="TraversalStep.From"/>,
/// <see cref="TraversalStep.Into"/>) and <see cref="Evidence.Admits"/> it; the initial steps only from the start.</item>
/// <item>Entities not <see cref="TraversalRequest.Lists">listed</see> are walked through but not returned; when one
/// more listed entity would pass <see cref="TraversalRequest.MaxResults"/> the walk stops and the result is truncated.</item>
/// <item>Paths are returned in the order their ends were reached (nearest first).</item>
/// </list>
/// </summary>
public sealed class TraversalWalk
{
    private static readonly Direction[] _directions = [Direction.Outgoing, Direction.Incoming];

    private readonly TraversalRequest _request;
    private readonly string _startId;
    private readonly Dictionary<string, Reach> _reached = new(StringComparer.Ordinal);
    private readonly List<string> _found = [];

    /// <summary>The hops of the entity being expanded, in <see cref="HopOrder"/> (one list, reused: entities are expanded one at a time).</summary>
    private readonly List<RelatedEntity> _ordered = [];
    private List<string> _frontier;
    private int _depth = 1;
    private readonly IReadOnlyList<TraversalStep> _firstSteps;
    private IReadOnlyList<RelationshipKind>? _kinds;
    private bool _truncated;

    public TraversalWalk(TraversalRequest request, Entity start)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(start);
        _request = request;
        _startId = start.Id;
        _reached[start.Id] = new Reach(start, null, null);
        _frontier = [start.Id];
        _firstSteps = [.. request.Steps, .. request.InitialSteps];
    }

    /// <summary>The entities to expand next, in order; empty when the walk is over.</summary>
    public IReadOnlyList<string> Frontier => _truncated || _depth > _request.MaxDepth || Steps.Count == 0 ? [] : _frontier;

    /// <summary>The ids of every entity reached so far, the start included.</summary>
    public IReadOnlyCollection<string> Reached => _reached.Keys;

    /// <summary>The relationship kinds the next level follows.</summary>
    public IReadOnlyList<RelationshipKind> Kinds => _depth == 1 ? [.. Steps.Select(s => s.Kind).Distinct()] : _kinds ??= [.. Steps.Select(s => s.Kind).Distinct()];

    private IReadOnlyList<TraversalStep> Steps => _depth == 1 ? _firstSteps : _request.Steps;

    /// <summary>One level: <paramref name="related"/> holds, for each entity of <see cref="Frontier"/> in order, its relationships seen from it.</summary>
    public void Add(IReadOnlyList<IReadOnlyList<RelatedEntity>> related)
    {
        ArgumentNullException.ThrowIfNull(related);
        var frontier = Frontier;
        if (related.Count != frontier.Count)
        {
            throw new ArgumentException($"expected the relationships of {frontier.Count} entities, got {related.Count}", nameof(related));
        }

        var steps = Steps;
        var next = new List<string>();
        for (var i = 0; i < frontier.Count && !_truncated; i++)
        {
            var from = _reached[frontier[i]].Entity;
            foreach (var hop in InStepOrder(related[i], steps, from.Kind))
            {
                if (_reached.ContainsKey(hop.Other.Id))
                {
                    continue;
                }

                var listed = _request.Lists(hop.Other.Kind);
                if (listed && _found.Count == _request.MaxResults)
                {
                    _truncated = true;
                    break;
                }

                _reached[hop.Other.Id] = new Reach(hop.Other, from.Id, hop);
                if (listed)
                {
                    _found.Add(hop.Other.Id);
                }

                next.Add(hop.Other.Id);
            }
        }

        _frontier = next;
        _depth++;
    }

    public TraversalResult Result() => new(_found.Select(id => new GraphPath(_startId, PathTo(id))).ToList(), _truncated);

    private IEnumerable<RelatedEntity> InStepOrder(IReadOnlyList<RelatedEntity> related, IReadOnlyList<TraversalStep> steps, EntityKind fromKind)
    {
        // Only hops some step takes to an entity not yet reached are ordered: leaving out the others first changes nothing but the cost.
        var ordered = _ordered;
        ordered.Clear();
        for (var h = 0; h < related.Count; h++)
        {
            var hop = related[h];
            if (!_reached.ContainsKey(hop.Other.Id) && TakenByAny(steps, fromKind, hop) && Evidence.Admits(hop.Relationship, _request.MinBasis))
            {
                ordered.Add(hop);
            }
        }

        ordered.Sort(HopOrder.Comparer);
        for (var s = 0; s < steps.Count; s++)
        {
            var step = steps[s];
            if (step.From.Count > 0 && !step.From.Contains(fromKind))
            {
                continue;
            }

            foreach (var direction in _directions)
            {
                if (step.Direction != Direction.Both && step.Direction != direction)
                {
                    continue;
                }

                foreach (var hop in ordered)
                {
                    if (hop.Direction == direction && Takes(step, fromKind, hop))
                    {
                        yield return hop;
                    }
                }
            }
        }
    }

    private static bool TakenByAny(IReadOnlyList<TraversalStep> steps, EntityKind fromKind, RelatedEntity hop)
    {
        for (var s = 0; s < steps.Count; s++)
        {
            if (Takes(steps[s], fromKind, hop))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Takes(TraversalStep step, EntityKind fromKind, RelatedEntity hop) =>
        hop.Relationship.Kind == step.Kind
        && (step.Direction == Direction.Both || step.Direction == hop.Direction)
        && (step.From.Count == 0 || step.From.Contains(fromKind))
        && (step.Into.Count == 0 || step.Into.Contains(hop.Other.Kind));

    private List<PathSegment> PathTo(string id)
    {
        var segments = new List<PathSegment>();
        for (var reach = _reached[id]; reach.Via is { } via; reach = _reached[reach.Parent!])
        {
            segments.Add(new PathSegment(via.Relationship, via.Direction, reach.Entity));
        }

        segments.Reverse();
        return segments;
    }

    /// <summary>How the walk first reached an entity: from which one and over which relationship (none for the start).</summary>
    private sealed record Reach(Entity Entity, string? Parent, RelatedEntity? Via);
}
