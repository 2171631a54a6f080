using System.Collections.Concurrent;
using System.Diagnostics;
using GraphPlan.Core.Store;
using GraphPlan.Core.Telemetry;
using GraphPlan.Storage.Neo4j.Tests.Fakes;

namespace GraphPlan.Storage.Neo4j.Tests;

/// <summary>Each HTTP request to Neo4j is a span named by its catalogued statement, with no parameter value in it.</summary>
public sealed class Neo4jTelemetryTests : IDisposable
{
    private readonly FakeNeo4jHandler _server = new();
    private readonly ConcurrentQueue<Activity> _spans = new();
    private readonly ActivityListener _listener;

    public Neo4jTelemetryTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == GraphPlanTelemetry.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _spans.Enqueue,
        };
        ActivitySource.AddActivityListener(_listener);
        _server.Answer = _ => GraphAnswers.Reply(["entry"], []);
    }

    public void Dispose()
    {
        _listener.Dispose();
        _server.Dispose();
    }

    [Fact]
    public async Task A_store_call_is_a_span_named_by_the_statement_and_carrying_none_of_its_parameters()
    {
        const string SecretSubject = "organization:secret-subject-value";
        using var parent = new Activity("test-operation").Start();
        var store = TestClients.Store(_server);

        await store.GetAuditTrailAsync(new AuditQuery { Subject = SecretSubject, Actor = "hidden-actor" });

        var span = Assert.Single(_spans, s => s.TraceId == parent.TraceId && s.Source.Name == GraphPlanTelemetry.Name);
        Assert.Equal("neo4j audit.read", span.DisplayName);
        Assert.Equal(ActivityKind.Client, span.Kind);
        Assert.Equal("audit.read", span.GetTagItem("db.operation.name"));
        Assert.Equal("neo4j", span.GetTagItem("db.system.name"));
        Assert.Equal(parent.SpanId, span.ParentSpanId);
        Assert.DoesNotContain(span.TagObjects, t => t.Value?.ToString()?.Contains("secret-subject", StringComparison.Ordinal) == true || t.Value?.ToString()?.Contains("hidden-actor", StringComparison.Ordinal) == true);
    }
}
