using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using GraphPlan.Api.Tests.ChangeFeed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace GraphPlan.Api.Tests.Telemetry;

/// <summary>
/// What an operator sees: a trace per request with its GraphQL operation and store calls, metrics, and request logs
/// without secrets. Spans and meters are process-wide, so these tests run apart from the others (their own collection).
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class TelemetryTests : IDisposable
{
    private const string Hydrogen = """query HydrogenProjects { projects(first: 3, where: {name: {contains: "氢"}}) { totalCount nodes { id name } } }""";

    private readonly TelemetryApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_query_is_one_operation_span_under_the_http_request_with_its_store_calls_as_children()
    {
        var client = _factory.CreateClient();

        (await Curations.PostAsync(client, Hydrogen)).Dispose();

        var operation = Assert.Single(Spans(), s => s.OperationName == "graphql.operation");
        Assert.Equal("query HydrogenProjects", operation.DisplayName);
        Assert.Equal("query", operation.GetTagItem("graphql.operation.type"));
        Assert.Equal("HydrogenProjects", operation.GetTagItem("graphql.operation.name"));
        Assert.True(operation.GetTagItem("graphplan.cost.estimated") is double cost && cost > 0);
        Assert.Null(operation.GetTagItem("graphplan.error.codes"));
        var request = Assert.Single(Spans(), s => s.SpanId == operation.ParentSpanId);
        Assert.Equal(ActivityKind.Server, request.Kind);
        var storeCalls = Spans().Where(s => s.ParentSpanId == operation.SpanId).ToList();
        Assert.Contains(storeCalls, s => s.OperationName == "store.FindEntitiesAsync" && (string?)s.GetTagItem("db.system.name") == "embedded");
        Assert.All(storeCalls, s => Assert.Equal(operation.TraceId, s.TraceId));
    }

    [Fact]
    public async Task Errors_are_tagged_on_the_span_and_counted_by_code_and_limit_refusals_by_limit()
    {
        var client = _factory.CreateClient();

        (await Curations.PostAsync(client, """query Missing { node(id: "project:none") { id } }""")).Dispose();
        (await Curations.PostAsync(client, "{ " + string.Join(' ', Enumerable.Range(0, 40).Select(i => $"a{i}: statistics {{ entityCount }}")) + " }")).Dispose();

        var missing = Assert.Single(Spans(), s => s.DisplayName == "query Missing");
        Assert.Equal("NOT_FOUND", missing.GetTagItem("graphplan.error.codes"));
        Assert.Equal(ActivityStatusCode.Error, missing.Status);
        Assert.Contains(_factory.Points("graphplan.graphql.errors"), p => (string?)p.Tags["code"] == "NOT_FOUND" && p.Value >= 1);
        var refusal = Assert.Single(_factory.Points("graphplan.refusals"));
        Assert.Equal("MAX_ALIASES_LIMIT", refusal.Tags["limit"]);
        Assert.Contains(_factory.Points("graphplan.graphql.requests"), p => (string?)p.Tags["graphql.operation.type"] == "query" && p.Value >= 2);
    }

    [Fact]
    public async Task Store_latency_is_a_histogram_by_method_and_a_repeated_document_is_a_cache_hit()
    {
        var client = _factory.CreateClient();

        (await Curations.PostAsync(client, Hydrogen)).Dispose();
        (await Curations.PostAsync(client, Hydrogen)).Dispose();

        Assert.Contains(_factory.Points("graphplan.store.duration"), p => (string?)p.Tags["method"] == "FindEntitiesAsync" && (string?)p.Tags["store"] == "embedded" && p.Value >= 2);
        Assert.Contains(_factory.Points("graphplan.cache.hits"), p => (string?)p.Tags["cache"] == "document" && p.Value >= 1);
    }

    [Fact]
    public async Task Metrics_are_not_served_unless_configured()
    {
        using var response = await _factory.CreateClient().GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task When_configured_metrics_are_served_in_prometheus_format()
    {
        using var factory = new TelemetryApiFactory(new Dictionary<string, string?> { ["Telemetry:PrometheusEnabled"] = "true" });
        var client = factory.CreateClient();
        (await Curations.PostAsync(client, Hydrogen)).Dispose();

        using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("graphplan_graphql_requests_total{", text, StringComparison.Ordinal);
        Assert.Contains("graphplan_store_duration_milliseconds_bucket{", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_request_is_one_log_line_with_trace_method_path_status_duration_and_operation_and_no_api_key_anywhere()
    {
        var client = _factory.CreateClient();
        const string WrongKey = "wrong-key-that-must-never-be-logged";
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Hydrogen }) })
        {
            request.Headers.Add("X-Api-Key", ApiFactory.CuratorKey);
            (await client.SendAsync(request)).Dispose();
        }

        using (var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "mutation { deleteEntity(id: \"x\") { audit { sequence } } }" }) })
        {
            request.Headers.Add("X-Api-Key", WrongKey);
            (await client.SendAsync(request)).Dispose();
        }

        var lines = _factory.Logs.Lines.ToList();
        var requests = lines.Where(l => l.Category == "GraphPlan.Requests").ToList();
        Assert.Equal(2, requests.Count);
        var first = requests[0].Values;
        Assert.Equal("POST", first["Method"]);
        Assert.Equal("/graphql", first["Path"]);
        Assert.Equal("200", first["Status"]);
        Assert.Equal("HydrogenProjects", first["OperationName"]);
        Assert.Matches("^[0-9a-f]{32}$", first["TraceId"]);
        Assert.True(double.Parse(first["DurationMs"]!, System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Contains(Spans(), s => s.TraceId.ToString() == first["TraceId"]);
        Assert.DoesNotContain(lines, l => l.All.Contains(ApiFactory.CuratorKey, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.All.Contains(WrongKey, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.All.Contains(GraphPlan.Api.Security.ApiKeyAuthenticationHandler.Hash(ApiFactory.CuratorKey), StringComparison.Ordinal));
    }

    [Fact]
    public void Outside_development_the_console_writes_json_lines()
    {
        var console = _factory.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;
        var json = _factory.Services.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue;

        Assert.Equal(ConsoleFormatterNames.Json, console.FormatterName);
        Assert.False(json.JsonWriterOptions.Indented);
    }

    private List<Activity> Spans()
    {
        lock (_factory.Spans)
        {
            return [.. _factory.Spans];
        }
    }
}
