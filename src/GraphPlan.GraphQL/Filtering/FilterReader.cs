using System.Globalization;
using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Errors;
using GraphQL;

namespace GraphPlan.GraphQL.Filtering;

/// <summary>
/// Turns a <c>where</c> argument (an <see cref="EntityFilterInputGraphType"/> value) into the store's typed
/// <see cref="EntityFilter"/>, checking what GraphQL's own validation cannot: known attribute keys and values for the
/// kinds in scope, operators that need a value, and the size limits. Every problem is an INVALID_FILTER error that
/// names the path of the offending input, e.g. <c>where.or[1].attributes[0].key</c>.
/// </summary>
public static class FilterReader
{
    /// <summary>Nesting of filter objects: <c>where</c> is level 1; each and, or or not item and each related.where adds one.</summary>
    public const int MaxDepth = 5;

    /// <summary>Conditions in all: each text operator, kind list, attribute operator, value, commitment and relationship counts one.</summary>
    public const int MaxConditions = 32;

    /// <summary>The filter, or null when the argument is absent.</summary>
    public static EntityFilter? Read(object? input, IReadOnlyList<EntityKind> kinds, string path = "where")
    {
        if (input is not IDictionary<string, object?> map)
        {
            return null;
        }

        var conditions = 0;
        return ReadObject(map, kinds.Count > 0 ? kinds : Enum.GetValues<EntityKind>(), path, 1, ref conditions);
    }

    private static EntityFilter ReadObject(IDictionary<string, object?> map, IReadOnlyList<EntityKind> scope, string path, int depth, ref int conditions)
    {
        if (depth > MaxDepth)
        {
            throw Invalid(path, $"the filter is nested more than {MaxDepth} levels deep");
        }

        var parts = new List<EntityFilter>();
        foreach (var (field, value) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (value is null)
            {
                continue;
            }

            var at = $"{path}.{field}";
            switch (field)
            {
                case "and":
                case "or":
                    var items = new List<EntityFilter>();
                    var index = 0;
                    foreach (var item in (IEnumerable<object?>)value)
                    {
                        items.Add(ReadObject((IDictionary<string, object?>)item!, scope, $"{at}[{index++}]", depth + 1, ref conditions));
                    }

                    parts.Add(field == "and" ? new AllFilter(items) : new AnyFilter(items));
                    break;
                case "not":
                    parts.Add(new NotFilter(ReadObject((IDictionary<string, object?>)value, scope, at, depth + 1, ref conditions)));
                    break;
                case "id":
                    parts.AddRange(ReadText(TextField.Id, null, (IDictionary<string, object?>)value, at, ref conditions));
                    break;
                case "name":
                    parts.AddRange(ReadText(TextField.Name, null, (IDictionary<string, object?>)value, at, ref conditions));
                    break;
                case "nameEn":
                    parts.AddRange(ReadText(TextField.NameEn, null, (IDictionary<string, object?>)value, at, ref conditions));
                    break;
                case "alias":
                    parts.AddRange(ReadText(TextField.Alias, null, (IDictionary<string, object?>)value, at, ref conditions));
                    break;
                case "kind":
                    Count(ref conditions, at);
                    parts.Add(new KindFilter(((IEnumerable<object?>)value).Cast<EntityKind>().ToList()));
                    break;
                case "attributes":
                    var i = 0;
                    foreach (var attribute in (IEnumerable<object?>)value)
                    {
                        parts.AddRange(ReadAttribute((IDictionary<string, object?>)attribute!, scope, $"{at}[{i++}]", ref conditions));
                    }

                    break;
                case "value":
                    Count(ref conditions, at);
                    parts.Add(ReadValue((IDictionary<string, object?>)value, at));
                    break;
                case "commitment":
                    Count(ref conditions, at);
                    var commitment = (IDictionary<string, object?>)value;
                    parts.Add(new CommitmentFilter((PlanPeriod)commitment["period"]!, (Commitment)commitment["is"]!));
                    break;
                case "related":
                case "notRelated":
                    Count(ref conditions, at);
                    var related = ReadRelated((IDictionary<string, object?>)value, at, depth, ref conditions);
                    parts.Add(field == "related" ? related : new NotFilter(related));
                    break;
                default:
                    throw Invalid(at, $"'{field}' is not a filter field");
            }
        }

        if (parts.Count == 0)
        {
            throw Invalid(path, "the filter is empty; give at least one condition");
        }

        return parts.Count == 1 ? parts[0] : new AllFilter(parts);
    }

    private static List<EntityFilter> ReadText(TextField field, string? key, IDictionary<string, object?> map, string path, ref int conditions)
    {
        var result = new List<EntityFilter>();
        foreach (var (op, value) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (value is null || op == "key")
            {
                continue;
            }

            Count(ref conditions, $"{path}.{op}");
            if (op == "in")
            {
                var values = ((IEnumerable<object?>)value).Cast<string>().ToList();
                if (values.Count is 0 or > EntityFilterRules.MaxValues)
                {
                    throw Invalid($"{path}.in", $"give 1 to {EntityFilterRules.MaxValues} values, not {values.Count}");
                }

                result.Add(new TextFilter(field, TextOperator.In, values) { Key = key });
                continue;
            }

            var text = (string)value;
            var textOperator = op switch
            {
                "eq" => TextOperator.Eq,
                "contains" => TextOperator.Contains,
                "startsWith" => TextOperator.StartsWith,
                _ => throw Invalid($"{path}.{op}", $"'{op}' is not a text operator (eq, in, contains, startsWith)"),
            };
            if (textOperator != TextOperator.Eq && text.Length == 0)
            {
                throw Invalid($"{path}.{op}", $"'{op}' needs a non-empty text");
            }

            if (text.Length > Listing.ListField.MaxSearchLength)
            {
                throw Invalid($"{path}.{op}", $"the text has {text.Length} characters; at most {Listing.ListField.MaxSearchLength} are allowed");
            }

            result.Add(new TextFilter(field, textOperator, [text]) { Key = key });
        }

        if (result.Count == 0)
        {
            throw Invalid(path, "no operator given; use eq, in, contains or startsWith");
        }

        return result;
    }

    private static List<EntityFilter> ReadAttribute(IDictionary<string, object?> map, IReadOnlyList<EntityKind> scope, string path, ref int conditions)
    {
        var key = (string)map["key"]!;
        var rules = scope.Select(k => EntityRules.AttributesOf(k).GetValueOrDefault(key)).Where(r => r is not null).Select(r => r!).ToList();
        if (rules.Count == 0)
        {
            var known = scope.SelectMany(k => EntityRules.AttributesOf(k).Keys).Distinct().Order(StringComparer.Ordinal);
            throw Invalid($"{path}.key", $"attribute '{key}' is not known for {string.Join(", ", scope)}; known attributes: {string.Join(", ", known)}");
        }

        var filters = ReadText(TextField.Attribute, key, map, path, ref conditions);
        foreach (var filter in filters.Cast<TextFilter>().Where(f => f.Operator is TextOperator.Eq or TextOperator.In))
        {
            foreach (var value in filter.Values)
            {
                // An exact value no rule allows can never match: say so rather than answer an empty list.
                if (rules.All(r => r.Check(value) is not null))
                {
                    var allowed = rules.Where(r => r.AllowedValues is not null).SelectMany(r => r.AllowedValues!).Distinct().ToList();
                    var expected = allowed.Count > 0 ? $"one of {string.Join(", ", allowed)}" : rules.Any(r => r.IsInteger) ? "a whole number" : "a non-empty text";
                    throw Invalid($"{path}.{(filter.Operator == TextOperator.Eq ? "eq" : "in")}", $"attribute '{key}' holds {expected}, not '{value}'");
                }
            }
        }

        return filters;
    }

    private static ValueFilter ReadValue(IDictionary<string, object?> map, string path)
    {
        decimal? Number(string name)
        {
            if (Get(map, name) is not { } raw)
            {
                return null;
            }

            var number = Convert.ToDouble(raw, CultureInfo.InvariantCulture);
            return double.IsFinite(number) && Math.Abs(number) < 1e15
                ? (decimal)number
                : throw Invalid($"{path}.{name}", $"{number.ToString(CultureInfo.InvariantCulture)} is not a usable bound");
        }

        var range = new NumberRange { Eq = Number("eq"), Gt = Number("gt"), Gte = Number("gte"), Lt = Number("lt"), Lte = Number("lte") };
        var filter = new ValueFilter
        {
            Year = Get(map, "year") is { } year ? Convert.ToInt32(year, CultureInfo.InvariantCulture) : null,
            Role = Get(map, "role") as ValueRole?,
            Unit = Get(map, "unit") as string,
            Kind = Get(map, "kind") as ValueKind?,
            Range = range.IsEmpty ? null : range,
        };
        if (filter is { Year: null, Role: null, Unit: null, Kind: null, Range: null })
        {
            throw Invalid(path, "give at least one of year, role, unit, kind, eq, gt, gte, lt, lte");
        }

        return filter;
    }

    private static RelatedFilter ReadRelated(IDictionary<string, object?> map, string path, int depth, ref int conditions)
    {
        var kind = (RelationshipKind)map["kind"]!;
        var direction = Get(map, "direction") as Direction? ?? Direction.Outgoing;
        var otherKinds = Get(map, "otherKinds") is IEnumerable<object?> kinds ? kinds.Cast<EntityKind>().Distinct().ToList() : [];
        var (from, to) = EntityRules.EndpointsOf(kind);
        var possible = direction switch
        {
            Direction.Outgoing => to,
            Direction.Incoming => from,
            _ => from.Union(to).ToList(),
        };
        if (otherKinds.Count > 0 && !otherKinds.Any(possible.Contains))
        {
            throw Invalid($"{path}.otherKinds", $"{GraphNames.Of(kind)} ({direction}) never reaches {string.Join(", ", otherKinds)}; it reaches {string.Join(", ", possible)}");
        }

        var scope = otherKinds.Count > 0 ? otherKinds : possible;
        var other = Get(map, "where") is IDictionary<string, object?> where
            ? ReadObject(where, scope, $"{path}.where", depth + 1, ref conditions)
            : null;
        return new RelatedFilter(kind, direction) { OtherKinds = otherKinds, Other = other };
    }

    private static object? Get(IDictionary<string, object?> map, string key) => map.TryGetValue(key, out var value) ? value : null;

    private static void Count(ref int conditions, string path)
    {
        if (++conditions > MaxConditions)
        {
            throw Invalid(path, $"the filter has more than {MaxConditions} conditions");
        }
    }

    private static ExecutionError Invalid(string path, string problem) => GraphPlanErrors.InvalidFilter($"Invalid filter at {path}: {problem}.");
}
