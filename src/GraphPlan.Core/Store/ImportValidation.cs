using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>
/// How <see cref="IGraphStore.ImportAsync"/> checks a graph before anything is written, the same for every store:
/// every entity well formed, and every relationship fitting the kinds of its ends, which are entities of the graph or
/// entities already stored (a store looks up the kinds of <see cref="EndsOutside"/>).
/// </summary>
public static class ImportValidation
{
    /// <summary>The ids relationships name that no entity of the graph has, distinct, in the order first named.</summary>
    public static IReadOnlyList<string> EndsOutside(GraphData graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var inside = graph.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        return graph.Relationships.SelectMany(r => new[] { r.From, r.To }).Where(id => !inside.Contains(id)).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Every problem of the graph; <paramref name="stored"/> holds the kinds of stored entities it links to.</summary>
    public static IReadOnlyList<GraphProblem> Problems(GraphData graph, IReadOnlyDictionary<string, EntityKind> stored)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(stored);
        var kinds = new Dictionary<string, EntityKind>(stored, StringComparer.Ordinal);
        var problems = new List<GraphProblem>();
        foreach (var entity in graph.Entities)
        {
            kinds[entity.Id] = entity.Kind;
            problems.AddRange(EntityRules.Check(entity).Select(p => new GraphProblem(entity.Id, p)));
        }

        foreach (var relationship in graph.Relationships)
        {
            EntityKind? from = kinds.TryGetValue(relationship.From, out var f) ? f : null;
            EntityKind? to = kinds.TryGetValue(relationship.To, out var t) ? t : null;
            problems.AddRange(EntityRules.CheckLink(relationship, from, to).Select(p => new GraphProblem(relationship.Id, p)));
        }

        return problems;
    }

    /// <summary>Throws a <see cref="GraphValidationException"/> listing every problem, when there is any.</summary>
    public static void ThrowIfInvalid(GraphData graph, IReadOnlyDictionary<string, EntityKind> stored)
    {
        var problems = Problems(graph, stored);
        if (problems.Count > 0)
        {
            throw new GraphValidationException("import", problems.Select(p => p.ToString()).ToList());
        }
    }
}
