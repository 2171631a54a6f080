using System.Globalization;
using System.Numerics;
using GraphQL;
using GraphQL.Types;
using GraphQLParser.AST;

namespace GraphPlan.GraphQL.Limits;

/// <summary>
/// Estimates what an operation costs before it runs: every field selected costs 1 (introspection fields 0), times
/// the sizes of the lists it is inside, each list's size taken from <see cref="ListSizes"/> (slicing arguments,
/// caps, statistics) or else <see cref="GraphQLLimitsOptions.DefaultListSize"/>. Fragments are measured once per
/// type (cost is linear in the multiplier), so a fragment bomb costs its expanded size without being expanded;
/// fragments on different object types of an abstract field count as the most expensive of them, as only one applies.
/// </summary>
public sealed class CostAnalysis
{
    private readonly ISchema _schema;
    private readonly GraphQLDocument _document;
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private readonly IReadOnlyDictionary<string, GraphQLValue?> _variableDefaults;
    private readonly CostStatistics _statistics;
    private readonly double _defaultListSize;
    private readonly Dictionary<(string Fragment, string Type), Tally> _fragments = [];
    private readonly HashSet<string> _inProgress = new(StringComparer.Ordinal);

    private CostAnalysis(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation, Inputs variables, CostStatistics statistics, double defaultListSize)
    {
        _schema = schema;
        _document = document;
        _variables = variables;
        _variableDefaults = (operation.Variables?.Items ?? []).ToDictionary(v => v.Variable.Name.StringValue, v => (GraphQLValue?)v.DefaultValue, StringComparer.Ordinal);
        _statistics = statistics;
        _defaultListSize = defaultListSize;
    }

    /// <summary>The operation's estimated cost, with its five most expensive fields.</summary>
    public static CostEstimate Estimate(ISchema schema, GraphQLDocument document, GraphQLOperationDefinition operation, Inputs variables, CostStatistics statistics, double defaultListSize)
    {
        var root = operation.Operation switch
        {
            OperationType.Mutation => schema.Mutation,
            OperationType.Subscription => schema.Subscription,
            _ => schema.Query,
        };
        if (root is null)
        {
            return new CostEstimate(0, []);
        }

        var analysis = new CostAnalysis(schema, document, operation, variables, statistics, defaultListSize);
        var tally = analysis.Walk(operation.SelectionSet, root, "", null);
        var lists = tally.Fields.Values.Where(f => f.ListSize is not null).ToList();
        var fields = (lists.Count > 0 ? lists : tally.Fields.Values.ToList())
            .OrderByDescending(f => f.Cost)
            .ThenBy(f => f.Path, StringComparer.Ordinal)
            .Take(5)
            .Select(f => f with { Cost = Math.Ceiling(f.Cost) })
            .ToList();
        return new CostEstimate(Math.Ceiling(tally.Cost), fields);
    }

    /// <summary>The cost of a selection set on a type at unit multiplier, with the cost of each field path below it.</summary>
    private Tally Walk(GraphQLSelectionSet? set, IGraphType parent, string prefix, IReadOnlyDictionary<string, (double Size, string By)>? inherited)
    {
        var direct = new Tally();
        var byType = new Dictionary<string, Tally>(StringComparer.Ordinal);
        foreach (var selection in set?.Selections ?? [])
        {
            switch (selection)
            {
                case GraphQLField field:
                    Field(field, parent, prefix, inherited, direct);
                    break;
                case GraphQLInlineFragment inline:
                    var inlineType = inline.TypeCondition is { } condition ? _schema.AllTypes[condition.Type.Name.StringValue] : parent;
                    if (inlineType is null)
                    {
                        break;
                    }

                    Into(inlineType, parent, direct, byType).Add(Walk(inline.SelectionSet, inlineType, prefix, inherited), 1, withCost: true);
                    break;
                case GraphQLFragmentSpread spread:
                    var name = spread.FragmentName.Name.StringValue;
                    var fragment = _document.Definitions.OfType<GraphQLFragmentDefinition>().FirstOrDefault(f => f.FragmentName.Name.StringValue == name);
                    if (fragment is null || _schema.AllTypes[fragment.TypeCondition.Type.Name.StringValue] is not { } fragmentType || !_inProgress.Add(name))
                    {
                        break;
                    }

                    var key = (name, prefix);
                    if (!_fragments.TryGetValue(key, out var measured))
                    {
                        measured = Walk(fragment.SelectionSet, fragmentType, prefix, inherited);
                        _fragments[key] = measured;
                    }

                    _inProgress.Remove(name);
                    Into(fragmentType, parent, direct, byType).Add(measured, 1, withCost: true);
                    break;
            }
        }

        if (byType.Count > 0)
        {
            direct.Add(byType.Values.MaxBy(t => t.Cost)!, 1, withCost: true);
        }

        return direct;
    }

    /// <summary>Selections on the parent's own type (or an interface) always apply; those on one object type of an abstract parent are grouped by type.</summary>
    private static Tally Into(IGraphType condition, IGraphType parent, Tally direct, Dictionary<string, Tally> byType)
    {
        if (condition == parent || condition is not IObjectGraphType || parent is IObjectGraphType)
        {
            return direct;
        }

        if (!byType.TryGetValue(condition.Name, out var tally))
        {
            tally = new Tally();
            byType[condition.Name] = tally;
        }

        return tally;
    }

    private void Field(GraphQLField field, IGraphType parent, string prefix, IReadOnlyDictionary<string, (double Size, string By)>? inherited, Tally into)
    {
        var name = field.Name.StringValue;
        if (name.StartsWith("__", StringComparison.Ordinal) || parent is not IComplexGraphType complex || complex.GetField(name) is not { } definition)
        {
            return;
        }

        var responseName = field.Alias?.Name.StringValue ?? name;
        var path = prefix.Length == 0 ? responseName : $"{prefix}.{responseName}";
        var arguments = new CostArguments(argument => Argument(field, definition, argument));
        var declared = ListSizes.For(parent.Name, name);
        var sizes = declared?.Sizes(arguments, _statistics);
        var isList = definition.ResolvedType is { } type && IsList(type);

        double? listSize = null;
        string? sizedBy = null;
        if (isList)
        {
            if (sizes is not null && sizes.TryGetValue("", out var own))
            {
                (listSize, sizedBy) = (own, declared!.SizedBy);
            }
            else if (inherited is not null && inherited.TryGetValue(name, out var given))
            {
                (listSize, sizedBy) = given;
            }
            else
            {
                (listSize, sizedBy) = (_defaultListSize, "the default list size (GraphQL:Limits:DefaultListSize)");
            }
        }

        var below = Merge(sizes, declared is null ? "" : $"{declared.SizedBy} of {path}", inherited, name);
        var children = field.SelectionSet is null ? new Tally() : Walk(field.SelectionSet, definition.ResolvedType!.GetNamedType(), path, below);
        var multiplier = listSize ?? 1;
        var cost = 1 + (multiplier * children.Cost);
        into.Cost += cost;
        into.Record(new FieldCost(path, cost, listSize, sizedBy));
        into.Add(children, multiplier, withCost: false);
    }

    /// <summary>Sizes for the lists below a field: those it declares for its children, and those its parent declared below it.</summary>
    private static Dictionary<string, (double Size, string By)>? Merge(IReadOnlyDictionary<string, double>? own, string by, IReadOnlyDictionary<string, (double Size, string By)>? inherited, string name)
    {
        Dictionary<string, (double Size, string By)>? below = null;
        foreach (var (path, size) in own ?? new Dictionary<string, double>())
        {
            if (path.Length > 0)
            {
                (below ??= new(StringComparer.Ordinal))[path] = (size, by);
            }
        }

        var prefix = name + ".";
        foreach (var (path, size) in inherited ?? new Dictionary<string, (double Size, string By)>())
        {
            if (path.StartsWith(prefix, StringComparison.Ordinal))
            {
                (below ??= new(StringComparer.Ordinal)).TryAdd(path[prefix.Length..], size);
            }
        }

        return below;
    }

    private static bool IsList(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => nonNull.ResolvedType is { } inner && IsList(inner),
        ListGraphType => true,
        _ => false,
    };

    private object? Argument(GraphQLField field, FieldType definition, string name)
    {
        var written = field.Arguments?.Items.FirstOrDefault(a => a.Name.StringValue == name);
        if (written is not null)
        {
            return Value(written.Value);
        }

        return definition.Arguments?.Find(name)?.DefaultValue;
    }

    private object? Value(GraphQLValue? value) => value switch
    {
        GraphQLIntValue i => long.TryParse(i.Value.Span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l) ? l
            : BigInteger.TryParse(i.Value.Span, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var b) ? b : null,
        GraphQLFloatValue f => double.TryParse(f.Value.Span, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
        GraphQLListValue list => (list.Values ?? []).Select(Value).ToList(),
        GraphQLVariable variable => _variables.TryGetValue(variable.Name.StringValue, out var given) ? given
            : _variableDefaults.TryGetValue(variable.Name.StringValue, out var fallback) ? Value(fallback) : null,
        _ => null,
    };

    /// <summary>Cost at unit multiplier and the cost of each field path (paths through fragments add no name).</summary>
    private sealed class Tally
    {
        public double Cost { get; set; }

        public Dictionary<string, FieldCost> Fields { get; } = new(StringComparer.Ordinal);

        public void Record(FieldCost field)
        {
            Fields[field.Path] = Fields.TryGetValue(field.Path, out var known) ? known with { Cost = known.Cost + field.Cost } : field;
        }

        /// <summary>Adds another tally scaled by a multiplier; without <paramref name="withCost"/> only its fields (their cost is already counted).</summary>
        public void Add(Tally other, double multiplier, bool withCost)
        {
            if (withCost)
            {
                Cost += other.Cost * multiplier;
            }

            foreach (var field in other.Fields.Values)
            {
                Record(field with { Cost = field.Cost * multiplier });
            }
        }
    }
}
