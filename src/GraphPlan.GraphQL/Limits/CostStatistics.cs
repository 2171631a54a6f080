using GraphPlan.Core.Graph;

namespace GraphPlan.GraphQL.Limits;

/// <summary>
/// What the cost model knows about the data: the average degree (relationships per entity, both ends counted) and
/// the number of entities of each kind, read from the store's statistics.
/// </summary>
public sealed record CostStatistics(double AverageDegree, IReadOnlyDictionary<EntityKind, int> EntitiesByKind)
{
    /// <summary>Used when the store cannot be asked: the plan's own figures, rounded up.</summary>
    public static CostStatistics Fallback { get; } = new(3, new Dictionary<EntityKind, int>());

    /// <summary>Entities a breadth-first walk reaches in <paramref name="depth"/> hops if each entity leads to the average degree of new ones, capped.</summary>
    public double Reach(int depth, double cap)
    {
        var branching = Math.Max(1, AverageDegree);
        double total = 0, level = 1;
        for (var i = 0; i < depth && total < cap; i++)
        {
            level *= branching;
            total += level;
        }

        return Math.Ceiling(Math.Min(cap, total));
    }
}
