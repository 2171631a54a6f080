using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using GraphPlan.Storage.Neo4j.Tests.Fakes;
using GraphPlan.Testing;

namespace GraphPlan.Storage.Neo4j.Tests;

/// <summary>Typed filters and aggregates over the Query API: one read request each, every filter value a parameter, rows read back from documented payload shapes.</summary>
public sealed class Neo4jAnalyticsRequestTests : IDisposable
{
    private const string Hostile = "'}) DETACH DELETE n // \" \\ $name \n😀";

    private readonly FakeNeo4jHandler _server = new();
    private readonly Neo4jGraphStore _store;

    public Neo4jAnalyticsRequestTests() => _store = TestClients.Store(_server);

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task A_filtered_sorted_page_is_one_read_with_every_filter_value_a_parameter()
    {
        var hydrogen = SampleGraph.Create().Entities.Single(e => e.Id == SampleGraph.Indicator);
        _server.Answer = _ => GraphAnswers.Reply(["total", "items"], [[4, new[] { GraphAnswers.Node(hydrogen) }]]);
        var where = new AllFilter(
        [
            new TextFilter(TextField.Name, TextOperator.Contains, [Hostile]),
            new TextFilter(TextField.Attribute, TextOperator.Eq, ["2-1"]) { Key = "table" },
            new ValueFilter { Year = 2025, Role = ValueRole.Target, Range = new NumberRange { Gte = 100 } },
            new NotFilter(new RelatedFilter(RelationshipKind.HostedOn)),
        ]);

        var page = await _store.FindEntitiesAsync(new EntityQuery
        {
            Kinds = [EntityKind.Indicator],
            Where = where,
            Sort = [new EntitySortKey(EntityOrder.Value, true) { Year = 2025, Role = ValueRole.Target }, new EntitySortKey(EntityOrder.Name)],
            Limit = 5,
        });

        Assert.Equal(4, page.TotalCount);
        Assert.Equal(SampleGraph.Indicator, Assert.Single(page.Items).Id);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("Read", request.AccessMode);
        Assert.DoesNotContain(Hostile, request.Statement, StringComparison.Ordinal);
        Assert.DoesNotContain("2-1", request.Statement, StringComparison.Ordinal);
        Assert.Contains("NOT EXISTS { MATCH (n)-[:HOSTED_ON]->(o", request.Statement, StringComparison.Ordinal);
        Assert.Contains("split(substring(", request.Statement, StringComparison.Ordinal);
        Assert.Contains("ORDER BY s0 DESC, s1 ASC, n.id ASC", request.Statement, StringComparison.Ordinal);
        var values = request.Parameters.EnumerateObject().Where(p => p.Name.StartsWith('w')).Select(p => p.Value.ToString()).ToList();
        Assert.Contains(Hostile, values);
        Assert.Contains("table=", values);
        Assert.Contains("2-1", values);
        Assert.Contains("Target", values);
        Assert.Contains("100", values);
    }

    [Fact]
    public async Task Grouped_counts_come_back_most_first_with_the_group_of_none_last()
    {
        _server.Answer = _ => GraphAnswers.Reply(
            ["key", "name", "count"],
            [[null, null, 81], ["platform:jiaxing-port", "嘉兴港", 13], ["platform:a", "甲", 2], ["platform:b", "乙", 13]]);

        var groups = await _store.CountAsync(new CountQuery(CountGrouping.Platform) { Kinds = [EntityKind.Project] });

        Assert.Equal(["platform:b", "platform:jiaxing-port", "platform:a", null], groups.Select(g => g.Key));
        Assert.Equal([13, 13, 2, 81], groups.Select(g => g.Count));
        Assert.Equal("嘉兴港", groups[1].Name);
        var request = Assert.Single(_server.Requests);
        Assert.Contains("OPTIONAL MATCH (n)-[:HOSTED_ON]->(g:Platform)", request.Statement, StringComparison.Ordinal);
        Assert.Equal(["Project"], request.Parameters.GetProperty("kinds").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task Value_statistics_are_aggregated_by_cypher_and_read_as_decimals()
    {
        _server.Answer = _ => GraphAnswers.Reply(
            ["unit", "year", "role", "count", "entities", "sum", "min", "max", "average"],
            [["亿元", 2025, "Target", 3, 3, 1200.0, 100.0, 1000.0, 400.0], ["%", 2025, "Target", 2, 2, 5.8999999999999995, 2.7, 3.2, 2.9499999999999997], ["", 2020, "Actual", 1, 1, 7.0, 7.0, 7.0, 7.0]]);

        var summaries = await _store.SummarizeValuesAsync(new ValueSummaryQuery { Year = 2025, Unit = "亿元" });

        Assert.Equal([null, "%", "亿元"], summaries.Select(s => s.Unit));
        Assert.Equal(new ValueSummary("%", 2025, ValueRole.Target, 2, 2, 5.9m, 2.7m, 3.2m, 2.95m), summaries[1]);
        Assert.Equal(1200m, summaries[2].Sum);
        var request = Assert.Single(_server.Requests);
        Assert.Contains("sum(number) AS sum", request.Statement, StringComparison.Ordinal);
        Assert.Equal(2025, request.Parameters.GetProperty("year").GetInt32());
        Assert.Equal("亿元", request.Parameters.GetProperty("unit").GetString());
    }

    [Fact]
    public async Task Degree_ranking_reads_each_entity_with_its_degree()
    {
        var zone = SampleGraph.Create().Entities.Single(e => e.Id == SampleGraph.Zone);
        _server.Answer = _ => GraphAnswers.Reply(["entity", "degree"], [[GraphAnswers.Node(zone), 5]]);

        var ranked = await _store.RankByDegreeAsync(new DegreeQuery { Kinds = [EntityKind.Platform], RelationshipKinds = [RelationshipKind.HostedOn], Direction = Direction.Incoming, Limit = 3 });

        Assert.Equal((SampleGraph.Zone, 5), (Assert.Single(ranked).Entity.Id, ranked[0].Degree));
        var request = Assert.Single(_server.Requests);
        Assert.Contains("MATCH (n)<-[r]-(:Entity)", request.Statement, StringComparison.Ordinal);
        Assert.Equal(["HOSTED_ON"], request.Parameters.GetProperty("types").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(3, request.Parameters.GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task A_filter_beyond_the_limits_is_refused_before_any_request()
    {
        EntityFilter deep = new KindFilter([EntityKind.Project]);
        for (var i = 0; i < EntityFilterRules.MaxDepth; i++)
        {
            deep = new NotFilter(deep);
        }

        await Assert.ThrowsAsync<ArgumentException>(() => _store.FindEntitiesAsync(new EntityQuery { Where = deep }));
        Assert.Empty(_server.Requests);
    }
}
