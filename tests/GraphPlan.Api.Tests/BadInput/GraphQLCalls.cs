using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GraphPlan.Api.Tests.BadInput;

/// <summary>Requests and assertions the bad-input tests share.</summary>
public static class GraphQLCalls
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    public static async Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string body, string? accept = GraphQLResponse, string contentType = Json, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        return await client.SendAsync(request, cancellationToken);
    }

    public static Task<HttpResponseMessage> PostQueryAsync(this HttpClient client, string query, object? variables = null, string? accept = GraphQLResponse) =>
        client.PostJsonAsync(JsonSerializer.Serialize(new { query, variables }), accept);

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>Asserts a GraphQL-level refusal: the status, no data, at most 5 errors, the first with the code.</summary>
    public static async Task<JsonElement> AssertRefusedAsync(this HttpResponseMessage response, string code, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.False(body.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null, "a refused request has no data");
        var errors = body.GetProperty("errors");
        Assert.InRange(errors.GetArrayLength(), 1, 5);
        Assert.Equal(code, errors[0].GetProperty("extensions").GetProperty("code").GetString());
        AssertNoLeak(body);
        return body;
    }

    /// <summary>No stack traces, exception types, suggestions or secrets anywhere in a response.</summary>
    public static void AssertNoLeak(JsonElement body)
    {
        var text = body.GetRawText();
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Did you mean", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"codes\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", text, StringComparison.Ordinal);
    }

    /// <summary>The end of every bad-input test: the server still answers an ordinary query correctly.</summary>
    public static async Task AssertStillServesAsync(this HttpClient client)
    {
        using var response = await client.PostQueryAsync("""{ node(id: "industry:hydrogen") { id name } statistics { entityCount } }""");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.False(body.TryGetProperty("errors", out _));
        Assert.Equal("氢能", body.GetProperty("data").GetProperty("node").GetProperty("name").GetString());
        Assert.True(body.GetProperty("data").GetProperty("statistics").GetProperty("entityCount").GetInt32() > 100);
    }
}
