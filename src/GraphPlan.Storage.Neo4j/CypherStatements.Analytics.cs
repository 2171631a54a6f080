using System.Globalization;
using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;

namespace GraphPlan.Storage.Neo4j;

/// <summary>Typed filters, multi-key sorts and aggregates: the filter becomes a parameterized condition (<see cref="CypherFilter"/>), grouping is done by Cypher.</summary>
public static partial class CypherStatements
{
    private const string Matching = """
        MATCH (n:Entity)
        WHERE (size($kinds) = 0 OR n.kind IN $kinds)
          AND {0}
        """;

    /// <summary>A list with a typed filter and/or sort keys: ties after the last key by id in that key's direction; nulls last ascending, as in the embedded store.</summary>
    public static CypherQuery FindFiltered(EntityQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = Parameters(
            ("kinds", query.Kinds.Distinct().Select(GraphNames.Of).ToList()),
            ("attributes", query.Attributes.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => EntityProperties.AttributePair(p.Key, p.Value)).ToList()),
            ("search", string.IsNullOrEmpty(query.Search) ? null : EntityProperties.SearchKey(query.Search)),
            ("offset", Math.Max(0, query.Offset)),
            ("limit", Math.Max(0, query.Limit)));
        var filter = new CypherFilter(parameters);
        var where = filter.Condition(query.Where, "n");
        var sort = query.EffectiveSort;
        var keys = sort.Select((key, i) => (Expression: key.Field switch
        {
            EntityOrder.Name => "n.name",
            EntityOrder.NameEn => "n.nameEn",
            EntityOrder.Kind => "n.kind",
            EntityOrder.Attribute => filter.AttributeOf("n", key.Key ?? string.Empty),
            EntityOrder.Value => filter.ValueOf("n", key.Year, key.Role),
            _ => "n.id",
        }, Name: $"s{i.ToString(CultureInfo.InvariantCulture)}", key.Descending)).ToList();
        var order = string.Join(", ", keys.Select(k => $"{k.Name} {(k.Descending ? "DESC" : "ASC")}"));
        var last = sort[^1].Descending ? "DESC" : "ASC";
        return new(
            "entities.find.filtered",
            $"""
            MATCH (n:Entity)
            WHERE (size($kinds) = 0 OR n.kind IN $kinds)
              AND all(pair IN $attributes WHERE pair IN n.attributePairs)
              AND ($search IS NULL OR any(term IN n.searchText WHERE term CONTAINS $search))
              AND {where}
            WITH n, {string.Join(", ", keys.Select(k => $"{k.Expression} AS {k.Name}"))}
            ORDER BY {order}, n.id {last}
            WITH collect(n) AS matches
            RETURN size(matches) AS total, [m IN matches[$offset..($offset + $limit)] | m {Node}] AS items
            """,
            parameters);
    }

    /// <summary>Rows of <c>key</c>, <c>name</c>, <c>count</c>; the store orders the groups.</summary>
    public static CypherQuery Count(CountQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = Parameters(("kinds", query.Kinds.Distinct().Select(GraphNames.Of).ToList()));
        var filter = new CypherFilter(parameters);
        var match = string.Format(CultureInfo.InvariantCulture, Matching, filter.Condition(query.Where, "n"));
        var relationship = query.Direction switch
        {
            Direction.Outgoing => "MATCH (n)-[r]->(:Entity)",
            Direction.Incoming => "MATCH (n)<-[r]-(:Entity)",
            _ => "MATCH (n)-[r]-(:Entity)",
        };
        var group = query.GroupBy switch
        {
            CountGrouping.Kind => "RETURN n.kind AS key, null AS name, count(*) AS count",
            CountGrouping.Industry => """
                OPTIONAL MATCH (n)-[:BELONGS_TO_INDUSTRY|FOCUSES_ON]->(g:Industry)
                WITH DISTINCT n, g
                RETURN g.id AS key, g.name AS name, count(*) AS count
                """,
            CountGrouping.Platform => """
                OPTIONAL MATCH (n)-[:HOSTED_ON]->(g:Platform)
                WITH DISTINCT n, g
                RETURN g.id AS key, g.name AS name, count(*) AS count
                """,
            CountGrouping.Chapter => """
                UNWIND coalesce(n.citedSections, []) AS sectionId
                OPTIONAL MATCH (s:Entity {id: sectionId})
                OPTIONAL MATCH (s)-[:PART_OF]->(c:Chapter)
                WITH DISTINCT n, CASE WHEN s:Chapter THEN s ELSE c END AS g
                RETURN g.id AS key, g.name AS name, count(*) AS count
                """,
            CountGrouping.Attribute => AttributeGroups(filter, query.AttributeKey ?? string.Empty),
            CountGrouping.RelationshipKind => $"""
                {relationship}
                WITH DISTINCT r
                RETURN type(r) AS key, null AS name, count(*) AS count
                """,
            _ => $"""
                {relationship}
                WITH DISTINCT r
                RETURN r.basis AS key, null AS name, count(*) AS count
                """,
        };
        var shape = query.GroupBy switch
        {
            CountGrouping.Attribute => EntityRules.IsListAttribute(query.AttributeKey ?? string.Empty) ? "attribute.list" : "attribute",
            CountGrouping.RelationshipKind or CountGrouping.Basis => $"{query.GroupBy}.{query.Direction}",
            _ => query.GroupBy.ToString(),
        };
        return new($"aggregate.count.{shape}".ToLowerInvariant(), match + "\n" + group, parameters);
    }

    /// <summary>Rows of <c>unit</c>, <c>year</c>, <c>role</c> with count, entities, sum, min, max and average of the numeric values.</summary>
    public static CypherQuery SummarizeValues(ValueSummaryQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = Parameters(
            ("kinds", query.Kinds.Distinct().Select(GraphNames.Of).ToList()),
            ("year", query.Year),
            ("role", query.Role?.ToString()),
            ("unit", query.Unit));
        var filter = new CypherFilter(parameters);
        return new(
            "aggregate.values",
            string.Format(CultureInfo.InvariantCulture, Matching, filter.Condition(query.Where, "n")) + """

            UNWIND range(0, size(coalesce(n.valueYears, [])) - 1) AS i
            WITH n, n.valueUnits[i] AS unit, n.valueYears[i] AS year, n.valueRoles[i] AS role, toFloat(n.valueNumbers[i]) AS number
            WHERE number IS NOT NULL AND ($year IS NULL OR year = $year) AND ($role IS NULL OR role = $role) AND ($unit IS NULL OR unit = $unit)
            RETURN unit, year, role, count(*) AS count, count(DISTINCT n) AS entities, sum(number) AS sum, min(number) AS min, max(number) AS max, avg(number) AS average
            """,
            parameters);
    }

    /// <summary>The top entities by number of relationships (each counted once), with their degree.</summary>
    public static CypherQuery RankByDegree(DegreeQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parameters = Parameters(
            ("kinds", query.Kinds.Distinct().Select(GraphNames.Of).ToList()),
            ("types", query.RelationshipKinds.Distinct().Select(GraphNames.Of).ToList()),
            ("limit", Math.Max(0, query.Limit)));
        var filter = new CypherFilter(parameters);
        var pattern = query.Direction switch
        {
            Direction.Outgoing => "(n)-[r]->(:Entity)",
            Direction.Incoming => "(n)<-[r]-(:Entity)",
            _ => "(n)-[r]-(:Entity)",
        };
        return new(
            $"aggregate.degree.{query.Direction}".ToLowerInvariant(),
            string.Format(CultureInfo.InvariantCulture, Matching, filter.Condition(query.Where, "n")) + $"""

            MATCH {pattern}
            WHERE size($types) = 0 OR type(r) IN $types
            WITH n, count(DISTINCT r) AS degree
            ORDER BY degree DESC, n.id ASC
            LIMIT $limit
            RETURN n {Node} AS entity, degree
            """,
            parameters);
    }

    private static string AttributeGroups(CypherFilter filter, string key)
    {
        var prefix = filter.Parameter(key + "=");
        var items = EntityRules.IsListAttribute(key) ? "split(found[0], ' ')" : "found";
        return $"""
            WITH n, [p IN coalesce(n.attributePairs, []) WHERE p STARTS WITH {prefix} | substring(p, size({prefix}))] AS found
            UNWIND CASE WHEN size(found) = 0 THEN [null] ELSE {items} END AS item
            WITH DISTINCT n, item
            RETURN item AS key, null AS name, count(*) AS count
            """;
    }

    /// <summary>One statement of every shape the analytics can send, for the linter and the catalogue.</summary>
    private static IEnumerable<CypherQuery> AnalyticsSamples()
    {
        EntityFilter where = new AllFilter(
        [
            new AnyFilter([new TextFilter(TextField.Name, TextOperator.Contains, ["产值"]), new TextFilter(TextField.Alias, TextOperator.StartsWith, ["规上"])]),
            new TextFilter(TextField.Attribute, TextOperator.Eq, ["2-1"]) { Key = "table" },
            new TextFilter(TextField.Attribute, TextOperator.In, ["binding", "expected"]) { Key = "attribute" },
            new TextFilter(TextField.Id, TextOperator.In, ["indicator:gdp"]),
            new TextFilter(TextField.NameEn, TextOperator.StartsWith, ["Output"]),
            new KindFilter([EntityKind.Indicator, EntityKind.Target]),
            new ValueFilter { Year = 2025, Role = ValueRole.Target, Unit = "亿元", Kind = ValueKind.Number, Range = new NumberRange { Gte = 100, Lt = 1000.5m } },
            new ValueFilter { Year = 2020 },
            new CommitmentFilter(PlanPeriod.Fourteenth, Commitment.Binding),
            new NotFilter(new RelatedFilter(RelationshipKind.HostedOn)),
            new RelatedFilter(RelationshipKind.MeasuredBy, Direction.Incoming) { OtherKinds = [EntityKind.Target], Other = new RelatedFilter(RelationshipKind.HasTarget, Direction.Both) { Other = new ValueFilter { Range = new NumberRange { Eq = 1 } } } },
        ]);
        yield return FindEntities(new EntityQuery
        {
            Kinds = [EntityKind.Indicator],
            Search = "产值",
            Where = where,
            Sort = [new EntitySortKey(EntityOrder.Value, true) { Year = 2025, Role = ValueRole.Target }, new EntitySortKey(EntityOrder.Attribute) { Key = "table" }, new EntitySortKey(EntityOrder.Attribute) { Key = "row" }, new EntitySortKey(EntityOrder.Name), new EntitySortKey(EntityOrder.NameEn), new EntitySortKey(EntityOrder.Kind), new EntitySortKey(EntityOrder.Id)],
        });
        foreach (var grouping in Enum.GetValues<CountGrouping>())
        {
            yield return Count(new CountQuery(grouping) { Kinds = [EntityKind.Project], Where = where, AttributeKey = "table" });
        }

        yield return Count(new CountQuery(CountGrouping.Attribute) { AttributeKey = "category" });
        foreach (var direction in new[] { Direction.Outgoing, Direction.Incoming })
        {
            yield return Count(new CountQuery(CountGrouping.RelationshipKind) { Direction = direction });
            yield return Count(new CountQuery(CountGrouping.Basis) { Direction = direction });
        }

        yield return SummarizeValues(new ValueSummaryQuery { Kinds = [EntityKind.Indicator], Where = where, Year = 2025, Role = ValueRole.Target, Unit = "亿元" });
        foreach (var direction in Enum.GetValues<Direction>())
        {
            yield return RankByDegree(new DegreeQuery { Kinds = [EntityKind.Platform], Where = where, RelationshipKinds = [RelationshipKind.HostedOn], Direction = direction });
        }
    }
}
