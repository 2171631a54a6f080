using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;

namespace GraphPlan.Testing;

/// <summary>
/// A deliberately naive breadth-first search over a <see cref="GraphData"/> that follows a request's own steps, to check
/// walks other than supporters (impact) against. Supporters are checked against <see cref="ReferenceTraversal"/>, which is
/// written from their definition instead.
/// </summary>
public static class ReferenceStepWalk
{
    public static Dictionary<string, int> Depths(GraphData graph, TraversalRequest request)
    {
        var kinds = graph.Entities.ToDictionary(e => e.Id, e => e.Kind);
        var depths = new Dictionary<string, int> { [request.StartId] = 0 };
        var frontier = new List<string> { request.StartId };
        for (var depth = 1; depth <= request.MaxDepth; depth++)
        {
            var steps = depth == 1 ? request.Steps.Concat(request.InitialSteps).ToList() : request.Steps;
            var next = new List<string>();
            foreach (var id in frontier)
            {
                foreach (var step in steps)
                {
                    if (step.From.Count > 0 && !step.From.Contains(kinds[id]))
                    {
                        continue;
                    }

                    var others = graph.Relationships
                        .Where(r => r.Kind == step.Kind && ReferencePaths.Admitted(r, request.MinBasis))
                        .Select(r => step.Direction switch
                        {
                            Direction.Outgoing => r.From == id ? r.To : null,
                            Direction.Incoming => r.To == id ? r.From : null,
                            _ => r.From == id ? r.To : r.To == id ? r.From : null,
                        })
                        .OfType<string>()
                        .Where(other => step.Into.Count == 0 || step.Into.Contains(kinds[other]));
                    foreach (var other in others)
                    {
                        if (depths.TryAdd(other, depth))
                        {
                            next.Add(other);
                        }
                    }
                }
            }

            frontier = next;
        }

        depths.Remove(request.StartId);
        return depths;
    }
}
