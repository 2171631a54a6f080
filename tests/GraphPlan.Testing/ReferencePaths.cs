using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;

namespace GraphPlan.Testing;

/// <summary>
/// Paths written from their definition, to check stores against: a depth-first enumeration of every walk from the
/// start that never repeats an entity, crossing only allowed relationships, of at most the hop limit; the shortest
/// are those of the fewest hops. Each path is given as its hops, "relationship id (OUTGOING|INCOMING)".
/// </summary>
public static class ReferencePaths
{
    /// <summary>Whether the relationship's best citation is at least the basis (no citation counts as inferred).</summary>
    public static bool Admitted(Relationship relationship, Basis? minBasis)
    {
        if (minBasis is null)
        {
            return true;
        }

        var best = relationship.Provenance.Count == 0 ? Basis.Inferred : relationship.Provenance.Select(p => p.Basis).Min();
        return (int)best <= (int)minBasis.Value;
    }

    public static List<string> Find(GraphData graph, PathRequest request)
    {
        var touching = graph.Relationships.SelectMany(r => new[] { (End: r.From, r), (End: r.To, r) }).ToLookup(p => p.End, p => p.r);
        var found = new List<List<string>>();
        var onPath = new List<string> { request.FromId };
        var hops = new List<string>();

        void Walk(string at)
        {
            if (at == request.ToId && hops.Count > 0)
            {
                found.Add([.. hops]);
                return;
            }

            if (hops.Count == request.MaxHops)
            {
                return;
            }

            foreach (var r in touching[at].Distinct())
            {
                if ((request.Kinds.Count > 0 && !request.Kinds.Contains(r.Kind)) || !Admitted(r, request.MinBasis))
                {
                    continue;
                }

                if (r.From == at && request.Direction != Direction.Incoming)
                {
                    Step(r.To, $"{r.Id} (OUTGOING)");
                }

                if (r.To == at && request.Direction != Direction.Outgoing)
                {
                    Step(r.From, $"{r.Id} (INCOMING)");
                }
            }
        }

        void Step(string next, string hop)
        {
            if (onPath.Contains(next))
            {
                return;
            }

            onPath.Add(next);
            hops.Add(hop);
            Walk(next);
            hops.RemoveAt(hops.Count - 1);
            onPath.RemoveAt(onPath.Count - 1);
        }

        if (request.FromId != request.ToId)
        {
            Walk(request.FromId);
        }

        if (request.Mode == PathMode.Shortest && found.Count > 0)
        {
            var fewest = found.Min(p => p.Count);
            found = found.Where(p => p.Count == fewest).ToList();
        }

        return found.Select(p => string.Join(" / ", p)).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>A store's path in the same notation.</summary>
    public static string Describe(GraphPath path) =>
        string.Join(" / ", path.Segments.Select(s => $"{s.Relationship.Id} ({(s.Direction == Direction.Outgoing ? "OUTGOING" : "INCOMING")})"));
}
