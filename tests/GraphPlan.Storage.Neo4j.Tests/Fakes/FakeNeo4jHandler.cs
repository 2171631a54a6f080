using System.Net;
using System.Text;
using System.Text.Json;

namespace GraphPlan.Storage.Neo4j.Tests.Fakes;

/// <summary>
/// Stands in for the Neo4j server: records every request and answers with the next queued response, or with
/// <see cref="Answer"/> when the queue is empty. A queued exception is thrown as a network failure would be.
/// </summary>
public sealed class FakeNeo4jHandler : HttpMessageHandler
{
    private readonly Queue<Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>>> _queue = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_lock)
            {
                return [.. _requests];
            }
        }
    }

    public Func<RecordedRequest, HttpResponseMessage>? Answer { get; set; }

    public static HttpResponseMessage Json(HttpStatusCode status, string json) => new(status)
    {
        Content = new StringContent(json, Encoding.UTF8, "application/json"),
    };

    public FakeNeo4jHandler Respond(HttpStatusCode status, string json)
    {
        _queue.Enqueue((_, _) => Task.FromResult(Json(status, json)));
        return this;
    }

    public FakeNeo4jHandler Throw(Exception exception)
    {
        _queue.Enqueue((_, _) => Task.FromException<HttpResponseMessage>(exception));
        return this;
    }

    /// <summary>Answers after <paramref name="delay"/>, unless the request is cancelled first.</summary>
    public FakeNeo4jHandler RespondAfter(TimeSpan delay, HttpStatusCode status, string json)
    {
        _queue.Enqueue(async (_, token) =>
        {
            await Task.Delay(delay, token);
            return Json(status, json);
        });
        return this;
    }

    public FakeNeo4jHandler Hang()
    {
        _queue.Enqueue(async (_, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            throw new InvalidOperationException("unreachable");
        });
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "{}" : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(
            request.Method,
            request.RequestUri!,
            request.Headers.Authorization,
            request.Content?.Headers.ContentType?.MediaType,
            JsonDocument.Parse(body).RootElement.Clone());
        Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>>? next;
        lock (_lock)
        {
            _requests.Add(recorded);
            _queue.TryDequeue(out next);
        }

        if (next is not null)
        {
            return await next(recorded, cancellationToken);
        }

        return Answer?.Invoke(recorded) ?? throw new InvalidOperationException($"no answer queued for: {recorded.Statement}");
    }
}
