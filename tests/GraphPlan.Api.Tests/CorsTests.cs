using System.Net;
using System.Net.Http.Json;

namespace GraphPlan.Api.Tests;

/// <summary>Cors:AllowedOrigins: listed origins may call the API from a browser, others are refused; none by default.</summary>
public sealed class CorsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Allowed = "https://viz.example.org";
    private const string Refused = "https://evil.example.net";

    private HttpClient Configured() => factory
        .WithWebHostBuilder(b => b.UseSetting("Cors:AllowedOrigins:0", Allowed + "/").UseSetting("Cors:AllowedOrigins:1", "http://localhost:5173"))
        .CreateClient();

    [Fact]
    public async Task A_preflight_from_an_allowed_origin_is_answered_with_the_methods_and_headers_GraphQL_clients_send()
    {
        using var client = Configured();
        using var response = await client.SendAsync(Preflight(Allowed));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Allowed, Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("POST", Header(response, "Access-Control-Allow-Methods"), StringComparison.Ordinal);
        var headers = Header(response, "Access-Control-Allow-Headers")!.ToLowerInvariant();
        Assert.Contains("content-type", headers, StringComparison.Ordinal);
        Assert.Contains("x-api-key", headers, StringComparison.Ordinal);
        Assert.Equal("600", Header(response, "Access-Control-Max-Age"));
    }

    [Fact]
    public async Task A_query_from_an_allowed_origin_gets_its_answer_with_the_origin_allowed()
    {
        using var client = Configured();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ node(id: \"industry:hydrogen\") { nameEn } }" }) };
        request.Headers.Add("Origin", Allowed);
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Allowed, Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("Hydrogen", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_origin_that_is_not_listed_gets_no_permission_in_the_preflight_or_the_answer()
    {
        using var client = Configured();
        using var preflight = await client.SendAsync(Preflight(Refused));
        Assert.Null(Header(preflight, "Access-Control-Allow-Origin"));

        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = "{ __typename }" }) };
        request.Headers.Add("Origin", Refused);
        using var response = await client.SendAsync(request);
        Assert.Null(Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task By_default_no_other_origin_is_allowed()
    {
        using var client = factory.CreateClient();
        foreach (var origin in (string[])[Allowed, "http://localhost:5173", "null"])
        {
            using var preflight = await client.SendAsync(Preflight(origin));
            Assert.Null(Header(preflight, "Access-Control-Allow-Origin"));
        }
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,x-api-key");
        return request;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}
