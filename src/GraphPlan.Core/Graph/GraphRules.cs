using GraphPlan.Core.Store;

namespace GraphPlan.Core.Graph;

/// <summary>Checks a whole graph: every entity and relationship well formed, ids unique, no dangling reference.</summary>
public static class GraphRules
{
    public static IReadOnlyList<GraphProblem> Check(GraphData graph)
    {
        var problems = new List<GraphProblem>();
        var kinds = new Dictionary<string, EntityKind>(StringComparer.Ordinal);
        foreach (var entity in graph.Entities)
        {
            foreach (var problem in EntityRules.Check(entity))
            {
                problems.Add(new(entity.Id, problem));
            }

            if (!kinds.TryAdd(entity.Id, entity.Kind))
            {
                problems.Add(new(entity.Id, "duplicate id: another entity already has it"));
            }
        }

        var edges = new HashSet<string>(StringComparer.Ordinal);
        foreach (var relationship in graph.Relationships)
        {
            EntityKind? fromKind = kinds.TryGetValue(relationship.From, out var from) ? from : null;
            EntityKind? toKind = kinds.TryGetValue(relationship.To, out var to) ? to : null;
            foreach (var problem in EntityRules.CheckLink(relationship, fromKind, toKind))
            {
                problems.Add(new(relationship.Id, problem));
            }

            if (!edges.Add(relationship.Id))
            {
                problems.Add(new(relationship.Id, "duplicate relationship: the same kind already joins these two entities"));
            }
        }

        foreach (var (subject, provenance) in graph.Entities.SelectMany(e => e.Provenance.Select(p => (e.Id, p)))
                     .Concat(graph.Relationships.SelectMany(r => r.Provenance.Select(p => (r.Id, p)))))
        {
            if (!string.IsNullOrWhiteSpace(provenance.Section)
                && (!kinds.TryGetValue(provenance.Section, out var sectionKind) || sectionKind is not (EntityKind.Section or EntityKind.Chapter or EntityKind.Plan)))
            {
                problems.Add(new(subject, $"provenance section '{provenance.Section}' is not a plan, chapter or section entity"));
            }
        }

        return problems;
    }
}
