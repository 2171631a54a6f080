using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace GraphPlan.Api.Tests;

/// <summary>The HTTP transport, as the GraphQL-over-HTTP spec describes it, on the real host.</summary>
public sealed class GraphQLHttpTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string GraphQLResponse = "application/graphql-response+json";
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Health_reports_ready_with_the_seed_loaded()
    {
        using var response = await _client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ready", body.RootElement.GetProperty("status").GetString());
        Assert.True(body.RootElement.GetProperty("entities").GetInt32() > 100);
    }

    [Fact]
    public async Task A_post_without_accept_is_answered_as_json()
    {
        using var response = await PostAsync("""{"query":"{ node(id: \"industry:hydrogen\") { name nameEn } }"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("氢能", body.RootElement.GetProperty("data").GetProperty("node").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Chinese_is_written_as_utf8_not_escaped()
    {
        using var response = await PostAsync("""{"query":"{ node(id: \"industry:hydrogen\") { name } }"}""");

        var body = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains("\"name\":\"氢能\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_get_runs_a_query_with_variables()
    {
        var query = Uri.EscapeDataString("query($id: ID!) { node(id: $id) { id kind } }");
        var variables = Uri.EscapeDataString("""{"id":"target:hydrogen-output-2025"}""");

        using var response = await _client.GetAsync(new Uri($"/graphql?query={query}&variables={variables}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("TARGET", body.RootElement.GetProperty("data").GetProperty("node").GetProperty("kind").GetString());
    }

    [Fact]
    public async Task A_mutation_over_get_is_refused_with_405()
    {
        var query = Uri.EscapeDataString("mutation { upsert }");

        using var response = await _client.GetAsync(new Uri($"/graphql?query={query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", response.Content.Headers.Allow.Single());
    }

    [Fact]
    public async Task A_validation_error_is_400_for_graphql_response_json_and_200_for_json()
    {
        const string Body = """{"query":"{ nodez }"}""";

        using var modern = await PostAsync(Body, GraphQLResponse);
        using var legacy = await PostAsync(Body, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, modern.StatusCode);
        Assert.Equal(GraphQLResponse, modern.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        using var body = JsonDocument.Parse(await modern.Content.ReadAsStringAsync());
        Assert.False(body.RootElement.TryGetProperty("data", out _));
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", body.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("""[{"query":"{ statistics { entityCount } }"}]""", "BATCHING_NOT_SUPPORTED")]
    [InlineData("""{"query":""", "INVALID_JSON")]
    [InlineData("""{"query": 42}""", "BAD_USER_INPUT")]
    [InlineData("""{"variables": {}}""", "BAD_USER_INPUT")]
    public async Task Malformed_requests_get_400_with_a_code(string body, string code)
    {
        using var response = await PostAsync(body, GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, json.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_unsupported_media_type_is_415()
    {
        using var content = new StringContent("query=%7Bstatistics%7BentityCount%7D%7D", Encoding.UTF8, "application/x-www-form-urlencoded");

        using var response = await _client.PostAsync(new Uri("/graphql", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task An_accept_header_we_cannot_satisfy_is_406()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ statistics { entityCount } }"}""", Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task A_client_mistake_in_a_resolver_is_a_200_with_a_coded_error_not_a_500()
    {
        using var response = await PostAsync("""{"query":"{ node(id: \"target:hydrogen-output-2025\") { ... on Target { supporters(maxDepth: 99) { totalCount } } } }"}""", GraphQLResponse);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("BAD_USER_INPUT", body.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    private async Task<HttpResponseMessage> PostAsync(string json, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        return await _client.SendAsync(request);
    }
}
