using System.Globalization;
using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;

namespace GraphPlan.Storage.Neo4j;

/// <summary>
/// Translates a typed <see cref="EntityFilter"/> into a Cypher condition on a node variable. Every value the filter
/// holds becomes a parameter (<c>$w0</c>, <c>$w1</c>, ...); relationship types come only from
/// <see cref="RelationshipKind"/> names, and variables are numbered, so no input ever becomes statement text.
/// </summary>
internal sealed class CypherFilter
{
    private readonly Dictionary<string, object?> _parameters;
    private int _variables;

    public CypherFilter(Dictionary<string, object?> parameters) => _parameters = parameters;

    /// <summary>The condition on <paramref name="node"/>; <c>true</c> for no filter.</summary>
    public string Condition(EntityFilter? filter, string node) => filter switch
    {
        null => "true",
        AllFilter all => all.Filters.Count == 0 ? "true" : "(" + string.Join(" AND ", all.Filters.Select(f => Condition(f, node))) + ")",
        AnyFilter any => any.Filters.Count == 0 ? "false" : "(" + string.Join(" OR ", any.Filters.Select(f => Condition(f, node))) + ")",
        NotFilter not => $"(NOT {Condition(not.Filter, node)})",
        KindFilter kind => $"{node}.kind IN {Parameter(kind.Kinds.Select(GraphNames.Of).Distinct().ToList())}",
        TextFilter text => Text(text, node),
        ValueFilter value => Value(value, node),
        CommitmentFilter commitment => $"{Parameter(EntityProperties.AttributePair(CommitmentFilter.AttributeKey(commitment.Period), CommitmentFilter.AttributeValue(commitment.Commitment)))} IN {node}.attributePairs",
        RelatedFilter related => Related(related, node),
        _ => throw new NotSupportedException($"filter {filter.GetType().Name} is not supported"),
    };

    /// <summary>A parameter holding the value; returns its reference (<c>$wN</c>).</summary>
    public string Parameter(object? value)
    {
        var name = $"w{_parameters.Count.ToString(CultureInfo.InvariantCulture)}";
        _parameters[name] = value;
        return "$" + name;
    }

    /// <summary>
    /// The number of the node's first value of the year and role that has one, or null: the expression sort keys and
    /// value conditions share.
    /// </summary>
    public string ValueOf(string node, int? year, ValueRole? role)
    {
        var i = Variable("i");
        return $"head([{i} IN range(0, size(coalesce({node}.valueYears, [])) - 1) WHERE {node}.valueYears[{i}] = {Parameter(year)} AND {node}.valueRoles[{i}] = {Parameter(role?.ToString())} AND toFloat({node}.valueNumbers[{i}]) IS NOT NULL | toFloat({node}.valueNumbers[{i}])])";
    }

    /// <summary>The attribute's value on the node, or null; a number for a whole-number attribute, so row 10 sorts after row 9.</summary>
    public string AttributeOf(string node, string key)
    {
        var p = Variable("p");
        var prefix = Parameter(key + "=");
        var value = $"head([{p} IN coalesce({node}.attributePairs, []) WHERE {p} STARTS WITH {prefix} | substring({p}, size({prefix}))])";
        return EntityRules.IsIntegerAttribute(key) ? $"toInteger({value})" : value;
    }

    private string Text(TextFilter text, string node)
    {
        switch (text.Field)
        {
            case TextField.Id:
                return Compare($"{node}.id", text);
            case TextField.Name:
                return Compare($"{node}.name", text);
            case TextField.NameEn:
                return Compare($"{node}.nameEn", text);
            case TextField.Alias:
                var a = Variable("a");
                return $"any({a} IN coalesce({node}.aliases, []) WHERE {Compare(a, text)})";
            default:
                var key = text.Key ?? string.Empty;
                var p = Variable("p");
                var prefix = Parameter(key + "=");
                var value = $"substring({p}, size({prefix}))";
                if (!EntityRules.IsListAttribute(key))
                {
                    return $"any({p} IN coalesce({node}.attributePairs, []) WHERE {p} STARTS WITH {prefix} AND {Compare(value, text)})";
                }

                var item = Variable("item");
                return $"any({p} IN coalesce({node}.attributePairs, []) WHERE {p} STARTS WITH {prefix} AND any({item} IN split({value}, ' ') WHERE {Compare(item, text)}))";
        }
    }

    private string Compare(string expression, TextFilter text) => text.Operator switch
    {
        TextOperator.Eq => $"{expression} = {Parameter(text.Values.Count > 0 ? text.Values[0] : null)}",
        TextOperator.In => $"{expression} IN {Parameter(text.Values.ToList())}",
        TextOperator.Contains => $"{expression} CONTAINS {Parameter(text.Values.Count > 0 ? text.Values[0] : null)}",
        _ => $"{expression} STARTS WITH {Parameter(text.Values.Count > 0 ? text.Values[0] : null)}",
    };

    private string Value(ValueFilter value, string node)
    {
        var i = Variable("i");
        var conditions = new List<string>();
        if (value.Year is { } year)
        {
            conditions.Add($"{node}.valueYears[{i}] = {Parameter(year)}");
        }

        if (value.Role is { } role)
        {
            conditions.Add($"{node}.valueRoles[{i}] = {Parameter(role.ToString())}");
        }

        if (value.Unit is { } unit)
        {
            conditions.Add($"{node}.valueUnits[{i}] = {Parameter(unit)}");
        }

        if (value.Kind is { } kind)
        {
            conditions.Add($"{node}.valueKinds[{i}] = {Parameter(kind.ToString())}");
        }

        if (value.Range is { } range)
        {
            var number = $"toFloat({node}.valueNumbers[{i}])";
            conditions.Add($"{number} IS NOT NULL");
            void Bound(decimal? bound, string op)
            {
                if (bound is { } b)
                {
                    conditions.Add($"{number} {op} {Parameter(b)}");
                }
            }

            Bound(range.Eq, "=");
            Bound(range.Gt, ">");
            Bound(range.Gte, ">=");
            Bound(range.Lt, "<");
            Bound(range.Lte, "<=");
        }

        var where = conditions.Count == 0 ? "true" : string.Join(" AND ", conditions);
        return $"any({i} IN range(0, size(coalesce({node}.valueYears, [])) - 1) WHERE {where})";
    }

    private string Related(RelatedFilter related, string node)
    {
        var other = Variable("o");
        var type = GraphNames.Of(related.Kind);
        var pattern = related.Direction switch
        {
            Direction.Outgoing => $"({node})-[:{type}]->({other}:Entity)",
            Direction.Incoming => $"({node})<-[:{type}]-({other}:Entity)",
            _ => $"({node})-[:{type}]-({other}:Entity)",
        };
        var conditions = new List<string>();
        if (related.OtherKinds.Count > 0)
        {
            conditions.Add($"{other}.kind IN {Parameter(related.OtherKinds.Select(GraphNames.Of).Distinct().ToList())}");
        }

        if (related.Other is not null)
        {
            conditions.Add(Condition(related.Other, other));
        }

        return conditions.Count == 0
            ? $"EXISTS {{ MATCH {pattern} }}"
            : $"EXISTS {{ MATCH {pattern} WHERE {string.Join(" AND ", conditions)} }}";
    }

    private string Variable(string prefix) => $"{prefix}{(_variables++).ToString(CultureInfo.InvariantCulture)}";
}
