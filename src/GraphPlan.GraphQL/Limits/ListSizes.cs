using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Schema;
using GraphPlan.GraphQL.Traversal;

namespace GraphPlan.GraphQL.Limits;

/// <summary>
/// The assumed size of every list field whose size is known better than <see cref="GraphQLLimitsOptions.DefaultListSize"/>,
/// by schema coordinate (<c>Type.field</c>, or <c>*.field</c> for a field of that name on any type), like the IBM cost
/// specification's <c>@listSize</c> directives written in one table. Pages follow <c>first</c>; traversals and
/// neighborhoods follow their depth, their caps and the store's average degree; paths follow <c>first</c> and
/// <c>maxHops</c>; the short lists of an entity (aliases, attributes, citations, values) have small fixed sizes.
/// </summary>
public static class ListSizes
{
    public const double Aliases = 3;
    public const double Attributes = 6;
    public const double Citations = 2;
    public const double Values = 6;

    private static readonly string[] _connections = ["entities", "indicators", "targets", "goals", "industries", "projects", "platforms"];

    private static readonly Dictionary<string, ListSize> _table = Build();

    /// <summary>The list size declared for the field, or null (then the default list size applies).</summary>
    public static ListSize? For(string typeName, string fieldName) =>
        _table.GetValueOrDefault($"{typeName}.{fieldName}") ?? _table.GetValueOrDefault($"*.{fieldName}");

    private static Dictionary<string, ListSize> Build()
    {
        var table = new Dictionary<string, ListSize>(StringComparer.Ordinal)
        {
            // More ids than the field takes are refused by it (BAD_USER_INPUT) before anything is read.
            ["Query.nodes"] = new("the number of ids", (a, _) => Sizes(("", Math.Min(a.Count("ids") ?? 1, QueryGraphType.MaxIds)))),
            ["Query.auditTrail"] = new("first", (a, _) => Sizes(("", a.Number("first") ?? 20))),
            ["Query.indicatorReviews"] = new("the number of indicators", (_, s) => Sizes(("", Math.Max(1, s.EntitiesByKind.GetValueOrDefault(EntityKind.Indicator))))),
            ["Query.paths"] = new("first (paths) and maxHops (steps)", (a, _) => Sizes(("nodes", a.Number("first") ?? 10), ("nodes.steps", a.Number("maxHops") ?? 4))),
            ["*.neighborhood"] = new("depth, maxNodes and the average degree", Neighborhood),
            ["*.supporters"] = new("maxDepth, the 500-result cap and the average degree", (a, s) => Traversal(a, s, 3)),
            ["*.impact"] = new("maxDepth, the 500-result cap and the average degree", (a, s) => Traversal(a, s, 4)),
            ["*.aliases"] = Fixed(Aliases),
            ["*.attributes"] = Fixed(Attributes),
            ["*.provenance"] = Fixed(Citations),
            ["*.values"] = Fixed(Values),
            ["Indicator.targets"] = new("an assumed size of 2 (an indicator has one or two targets)", (_, _) => Sizes(("", 2))),
            ["Statistics.entitiesByKind"] = Fixed(Enum.GetValues<EntityKind>().Length),
        };
        foreach (var name in _connections)
        {
            table[$"Query.{name}"] = new("first", (a, _) => Sizes(("nodes", a.Number("first") ?? 20), ("edges", a.Number("first") ?? 20)));
        }

        return table;
    }

    private static ListSize Fixed(double size) => new($"an assumed size of {size}", (_, _) => Sizes(("", size)));

    private static IReadOnlyDictionary<string, double> Neighborhood(CostArguments arguments, CostStatistics statistics)
    {
        var depth = (int)Math.Clamp(arguments.Number("depth") ?? 1, 1, NeighborhoodRequest.DepthLimit);
        var nodes = 1 + statistics.Reach(depth, Math.Max(0, (arguments.Number("maxNodes") ?? 200) - 1));
        return Sizes(("nodes", nodes), ("edges", Math.Ceiling(nodes * Math.Max(1, statistics.AverageDegree / 2))));
    }

    private static IReadOnlyDictionary<string, double> Traversal(CostArguments arguments, CostStatistics statistics, int defaultDepth)
    {
        var depth = (int)Math.Clamp(arguments.Number("maxDepth") ?? defaultDepth, 1, TraversalRequest.DepthLimit);
        return Sizes(("nodes", statistics.Reach(depth, TraversalArguments.MaxResults)), ("nodes.path", depth));
    }

    private static Dictionary<string, double> Sizes(params (string Path, double Size)[] sizes) =>
        sizes.ToDictionary(s => s.Path, s => Math.Max(0, s.Size), StringComparer.Ordinal);
}
