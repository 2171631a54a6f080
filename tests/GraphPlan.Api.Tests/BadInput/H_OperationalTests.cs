using System.Net;

namespace GraphPlan.Api.Tests.BadInput;

/// <summary>Matrix group H: health, response headers, cross-origin requests.</summary>
public sealed class H_OperationalTests(BadInputApiFactory factory) : IClassFixture<BadInputApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task H1_health_answers_anonymously_with_a_minimal_body()
    {
        using var response = await _client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Matches("""^\{"status":"ready","entities":\d+,"relationships":\d+\}$""", body);
        await _client.AssertStillServesAsync();
    }

    [Fact]
    public async Task H1_health_is_not_rate_limited()
    {
        using var limited = new ConfiguredApiFactory(new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:TokenLimit"] = "1",
            ["RateLimiting:TokensPerPeriod"] = "1",
            ["RateLimiting:ReplenishmentPeriod"] = "01:00:00",
        });
        using var client = limited.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.OK, s));
    }

    [Fact]
    public async Task H2_graphql_responses_carry_no_server_details_and_are_not_cached()
    {
        using var response = await _client.PostQueryAsync("{ statistics { entityCount } }");

        Assert.False(response.Headers.Contains("Server"));
        Assert.False(response.Headers.Contains("X-Powered-By"));
        Assert.True(response.Headers.CacheControl?.NoStore);
        await _client.AssertStillServesAsync();
    }

    [Fact]
    public async Task H3_a_cross_origin_preflight_gets_no_allow_origin_echo()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", "https://evil.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");

        using var response = await _client.SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        await _client.AssertStillServesAsync();
    }
}
