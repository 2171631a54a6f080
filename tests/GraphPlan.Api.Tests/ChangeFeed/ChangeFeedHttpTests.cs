using System.Net;
using System.Text.Json;

namespace GraphPlan.Api.Tests.ChangeFeed;

/// <summary>The change feed over HTTP: polling with <c>changes</c>, and the <c>changed</c> subscription over Server-Sent Events (graphql-sse, distinct connections).</summary>
public sealed class ChangeFeedHttpTests : IDisposable
{
    private const string Subscribe = "subscription($after: Int) { changed(after: $after) { sequence action subject versionBefore versionAfter actor } }";

    private readonly ChangeFeedApiFactory _factory = new(new Dictionary<string, string?> { ["ChangeFeed:MaxStreamsPerClient"] = "2" });

    public void Dispose() => _factory.Dispose();

    private static CancellationToken Soon => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;

    [Fact]
    public async Task Polling_changes_lists_curations_after_a_sequence_and_shows_the_actor_only_to_key_holders()
    {
        var client = _factory.CreateClient();
        var first = await Curations.RenameInstituteAsync(client, "First name");
        var second = await Curations.RenameInstituteAsync(client, "Second name");

        using var anonymous = await Curations.PostAsync(client, $"{{ changes(after: {first - 1}) {{ changes {{ sequence action subject versionBefore versionAfter actor before }} last hasMore }} }}");
        using var reader = await Curations.PostAsync(client, $"{{ changes(after: {first}) {{ changes {{ sequence actor }} last hasMore }} }}", ApiFactory.ReaderKey);

        var page = anonymous.RootElement.GetProperty("data").GetProperty("changes");
        var changes = page.GetProperty("changes").EnumerateArray().ToList();
        Assert.Equal([first, second], changes.Select(c => c.GetProperty("sequence").GetInt64()));
        Assert.All(changes, c => Assert.Equal("UPSERT_ENTITY", c.GetProperty("action").GetString()));
        Assert.Equal(Curations.Institute, changes[0].GetProperty("subject").GetString());
        Assert.Equal(changes[0].GetProperty("versionAfter").GetInt32(), changes[1].GetProperty("versionBefore").GetInt32());
        Assert.Equal(changes[1].GetProperty("versionBefore").GetInt32() + 1, changes[1].GetProperty("versionAfter").GetInt32());
        Assert.Equal(JsonValueKind.Null, changes[0].GetProperty("actor").ValueKind);
        Assert.Equal(JsonValueKind.Null, changes[0].GetProperty("before").ValueKind);
        Assert.Equal(second, page.GetProperty("last").GetInt64());
        Assert.False(page.GetProperty("hasMore").GetBoolean());
        var readerChange = Assert.Single(reader.RootElement.GetProperty("data").GetProperty("changes").GetProperty("changes").EnumerateArray());
        Assert.Equal("alice", readerChange.GetProperty("actor").GetString());
    }

    [Fact]
    public async Task A_subscription_replays_from_its_last_sequence_then_streams_live_changes_as_sse_next_events()
    {
        var client = _factory.CreateClient();
        var missed = await Curations.RenameInstituteAsync(client, "Written while away");

        await using var stream = await ServerSentEvents.PostAsync(client, Subscribe, new { after = missed - 1 });
        Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
        Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType?.MediaType);
        var replayed = await stream.ReadEventAsync(Soon);
        var live = Curations.RenameInstituteAsync(client, "Written while listening");
        var streamed = await stream.ReadEventAsync(Soon);

        Assert.Equal("next", replayed?.Event);
        Assert.Equal(missed, Change(replayed!.Value.Data).GetProperty("sequence").GetInt64());
        Assert.Equal("next", streamed?.Event);
        Assert.Equal(await live, Change(streamed!.Value.Data).GetProperty("sequence").GetInt64());
        Assert.Equal(Curations.Institute, Change(streamed.Value.Data).GetProperty("subject").GetString());
    }

    [Fact]
    public async Task An_event_source_can_subscribe_with_get_and_a_subject_filter()
    {
        var client = _factory.CreateClient();
        await using var twoRootFields = await ServerSentEvents.GetAsync(client, $$"""subscription { changed(subjects: ["project:not-touched"]) { sequence } other: __typename }""");
        await using var institute = await ServerSentEvents.GetAsync(client, $$"""subscription { changed(subjects: ["{{Curations.Institute}}"]) { sequence subject } }""");
        Assert.Equal(": stream open", $": {(await institute.ReadAsync(Soon))!.Value.Data}");

        var written = await Curations.RenameInstituteAsync(client, "Filtered");

        var received = await institute.ReadEventAsync(Soon);
        Assert.Equal(written, Change(received!.Value.Data).GetProperty("sequence").GetInt64());
        var refused = await twoRootFields.ReadEventAsync(Soon);
        Assert.Equal("next", refused?.Event);
        Assert.Contains("\"errors\"", refused!.Value.Data, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_sent_with_accept_event_stream_to_graphql_answers_one_next_then_complete()
    {
        var client = _factory.CreateClient();

        await using var stream = await ServerSentEvents.PostAsync(client, "{ statistics { entityCount } }", path: "/graphql");

        var next = await stream.ReadEventAsync(Soon);
        var complete = await stream.ReadEventAsync(Soon);
        Assert.Equal("next", next?.Event);
        using var result = JsonDocument.Parse(next!.Value.Data);
        Assert.True(result.RootElement.GetProperty("data").GetProperty("statistics").GetProperty("entityCount").GetInt32() > 0);
        Assert.Equal("complete", complete?.Event);
    }

    [Fact]
    public async Task A_bad_document_is_reported_in_a_next_event_as_the_protocol_asks()
    {
        var client = _factory.CreateClient();

        await using var stream = await ServerSentEvents.PostAsync(client, "subscription { changed(after: \"x\") { sequence } }");

        Assert.Equal(HttpStatusCode.OK, stream.Response.StatusCode);
        var next = await stream.ReadEventAsync(Soon);
        Assert.Contains("\"errors\"", next!.Value.Data, StringComparison.Ordinal);
        Assert.Equal("complete", (await stream.ReadEventAsync(Soon))?.Event);
    }

    [Fact]
    public async Task A_subscription_sent_as_plain_json_is_told_to_use_a_stream()
    {
        using var body = await Curations.PostAsync(_factory.CreateClient(), Subscribe);

        Assert.Equal("SUBSCRIPTION_NEEDS_STREAM", body.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Streams_beyond_the_per_client_limit_are_refused_with_429_and_a_coded_error_and_a_closed_stream_frees_its_slot()
    {
        var client = _factory.CreateClient();
        var first = await ServerSentEvents.PostAsync(client, Subscribe);
        await using var second = await ServerSentEvents.PostAsync(client, Subscribe);
        await first.ReadAsync(Soon);
        await second.ReadAsync(Soon);

        await using (var refused = await ServerSentEvents.PostAsync(client, Subscribe))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.Response.StatusCode);
            var error = await refused.ReadEventAsync(Soon);
            using var result = JsonDocument.Parse(error!.Value.Data);
            Assert.Equal("TOO_MANY_STREAMS", result.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        }

        // A reader key is another client: its own slots.
        await using (var keyed = await ServerSentEvents.PostAsync(client, Subscribe, apiKey: ApiFactory.ReaderKey))
        {
            Assert.Equal(HttpStatusCode.OK, keyed.Response.StatusCode);
        }

        await first.DisposeAsync();
        await WaitUntilAsync(async () =>
        {
            await using var again = await ServerSentEvents.PostAsync(client, Subscribe);
            return again.Response.StatusCode == HttpStatusCode.OK;
        });
    }

    [Fact]
    public async Task An_idle_stream_gets_keep_alive_comments_and_is_completed_after_the_idle_timeout()
    {
        using var factory = new ChangeFeedApiFactory(new Dictionary<string, string?>
        {
            ["ChangeFeed:IdleTimeout"] = "00:00:01.500",
            ["ChangeFeed:KeepAliveInterval"] = "00:00:00.300",
        });
        var client = factory.CreateClient();
        await using var stream = await ServerSentEvents.PostAsync(client, Subscribe);

        var messages = new List<(string Event, string Data)>();
        while (await stream.ReadAsync(Soon) is { } message)
        {
            messages.Add(message);
        }

        Assert.Contains(messages, m => m is { Event: "", Data: "keep-alive" });
        Assert.Equal("complete", messages[^1].Event);
        Assert.DoesNotContain(messages, m => m.Event == "next");
    }

    [Fact]
    public async Task A_subscription_outlives_the_execution_timeout_of_queries()
    {
        using var factory = new ChangeFeedApiFactory(new Dictionary<string, string?> { ["GraphQL:Limits:ExecutionTimeout"] = "00:00:01" });
        var client = factory.CreateClient();
        await using var stream = await ServerSentEvents.PostAsync(client, Subscribe);
        await stream.ReadAsync(Soon);

        await Task.Delay(TimeSpan.FromSeconds(2));
        var written = await Curations.RenameInstituteAsync(client, "After the timeout");

        var received = await stream.ReadEventAsync(Soon);
        Assert.Equal(written, Change(received!.Value.Data).GetProperty("sequence").GetInt64());
    }

    private static JsonElement Change(string data)
    {
        using var result = JsonDocument.Parse(data);
        return result.RootElement.GetProperty("data").GetProperty("changed").Clone();
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("the condition did not hold within 5 s");
    }
}
