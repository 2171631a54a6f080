using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GraphPlan.Api.Tests.ChangeFeed;

/// <summary>A client side of the graphql-sse protocol: opens a stream and reads its messages (comments included) as they arrive.</summary>
public sealed class ServerSentEvents : IAsyncDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private ServerSentEvents(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _reader = new StreamReader(body, Encoding.UTF8);
    }

    public HttpResponseMessage Response => _response;

    public static async Task<ServerSentEvents> PostAsync(HttpClient client, string query, object? variables = null, string? apiKey = null, string path = "/graphql/stream")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        return await SendAsync(client, request, apiKey);
    }

    /// <summary>POSTs any JSON body (e.g. a documentId instead of a query).</summary>
    public static async Task<ServerSentEvents> PostBodyAsync(HttpClient client, object body, string path = "/graphql/stream")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        return await SendAsync(client, request, null);
    }

    public static async Task<ServerSentEvents> GetAsync(HttpClient client, string query, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql/stream?query={Uri.EscapeDataString(query)}");
        return await SendAsync(client, request, apiKey);
    }

    /// <summary>The next message: (event name, data) for an event, ("", comment) for a comment; null when the stream ended.</summary>
    public async Task<(string Event, string Data)?> ReadAsync(CancellationToken cancellationToken)
    {
        string? name = null;
        var data = new StringBuilder();
        while (await _reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                if (name is not null)
                {
                    return (name, data.ToString());
                }

                continue;
            }

            if (line.StartsWith(':'))
            {
                return (string.Empty, line[1..].Trim());
            }

            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data.Append(line["data: ".Length..]);
            }
        }

        return null;
    }

    /// <summary>The next <c>next</c> or <c>complete</c> event, skipping comments.</summary>
    public async Task<(string Event, string Data)?> ReadEventAsync(CancellationToken cancellationToken)
    {
        while (await ReadAsync(cancellationToken) is { } message)
        {
            if (message.Event.Length > 0)
            {
                return message;
            }
        }

        return null;
    }

    public async ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        await Task.CompletedTask;
    }

    private static async Task<ServerSentEvents> SendAsync(HttpClient client, HttpRequestMessage request, string? apiKey)
    {
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return new ServerSentEvents(response, await response.Content.ReadAsStreamAsync());
    }
}
