using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace GraphPlan.Api.Tests.BadInput;

/// <summary>Matrix group A: GraphQL-over-HTTP conformance (Stage-2 status codes), the audit's assertions without Node.</summary>
public sealed class A_ConformanceTests(BadInputApiFactory factory) : IClassFixture<BadInputApiFactory>
{
    private const string Typename = """{"query":"{ __typename }"}""";
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData(GraphQLCalls.GraphQLResponse, GraphQLCalls.GraphQLResponse)]
    [InlineData("application/json", "application/json")]
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    public async Task A1_A4_media_type_follows_accept(string? accept, string expected)
    {
        using var response = await _client.PostJsonAsync(Typename, accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("Query", (await response.JsonAsync()).GetProperty("data").GetProperty("__typename").GetString());
        await _client.AssertStillServesAsync();
    }

    [Fact]
    public async Task A5_an_accept_header_we_cannot_satisfy_is_406()
    {
        using var response = await _client.PostJsonAsync(Typename, "text/html");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.NotEqual(GraphQLCalls.GraphQLResponse, response.Content.Headers.ContentType?.MediaType);
        await _client.AssertStillServesAsync();
    }

    [Theory]
    [InlineData("")]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("multipart/form-data; boundary=x")]
    [InlineData("application/json; charset=utf-16")]
    public async Task A6_A10_only_utf8_json_bodies_are_accepted(string contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(Typename, Encoding.UTF8) };
        request.Content.Headers.ContentType = contentType.Length == 0 ? null : MediaTypeHeaderValue.Parse(contentType);

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        await _client.AssertStillServesAsync();
    }

    [Theory]
    [InlineData("""{ "not a JSON""", GraphQLCalls.GraphQLResponse)]
    [InlineData("""{ "not a JSON""", "application/json")]
    [InlineData("", GraphQLCalls.GraphQLResponse)]
    [InlineData("""{"qeury":"{ __typename }"}""", GraphQLCalls.GraphQLResponse)]
    [InlineData("{}", "application/json")]
    [InlineData("""{"query":{"a":1}}""", GraphQLCalls.GraphQLResponse)]
    [InlineData("""{"query":7}""", GraphQLCalls.GraphQLResponse)]
    [InlineData("""{"query":true}""", "application/json")]
    [InlineData("""{"query":["{ __typename }"]}""", GraphQLCalls.GraphQLResponse)]
    [InlineData("""{"query":"{ __typename }","operationName":{}}""", GraphQLCalls.GraphQLResponse)]
    [InlineData("""{"query":"{ __typename }","operationName":7}""", "application/json")]
    [InlineData("""{"query":"{ __typename }","operationName":false}""", GraphQLCalls.GraphQLResponse)]
    [InlineData("""{"query":"{ __typename }","operationName":["x"]}""", GraphQLCalls.GraphQLResponse)]
    [InlineData("""{"query":"{ __typename }","variables":"{}"}""", GraphQLCalls.GraphQLResponse)]
    [InlineData("""{"query":"{ __typename }","variables":7}""", "application/json")]
    [InlineData("""{"query":"{ __typename }","variables":true}""", GraphQLCalls.GraphQLResponse)]
    [InlineData("""{"query":"{ __typename }","variables":[7]}""", GraphQLCalls.GraphQLResponse)]
    [InlineData("""{"query":"{ __typename }","extensions":"{}"}""", GraphQLCalls.GraphQLResponse)]
    [InlineData("""{"query":"{ __typename }","extensions":7}""", "application/json")]
    [InlineData("""{"query":"{ __typename }","extensions":true}""", GraphQLCalls.GraphQLResponse)]
    [InlineData("""{"query":"{ __typename }","extensions":[7]}""", GraphQLCalls.GraphQLResponse)]
    public async Task A11_A17_malformed_requests_are_400_for_both_media_types(string body, string accept)
    {
        using var response = await _client.PostJsonAsync(body, accept);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        GraphQLCalls.AssertNoLeak(await response.JsonAsync());
        await _client.AssertStillServesAsync();
    }

    [Theory]
    [InlineData("""{"query":"{ __typename }","variables":null,"operationName":null,"extensions":null}""")]
    [InlineData("""{"query":"{ __typename }","foo":1}""")]
    [InlineData("""{"query":"query Q { __typename }","operationName":"Q","variables":{},"extensions":{}}""")]
    public async Task A18_A19_nulls_and_unknown_properties_are_accepted(string body)
    {
        using var response = await _client.PostJsonAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await _client.AssertStillServesAsync();
    }

    [Fact]
    public async Task A20_get_runs_a_query_with_url_encoded_variables()
    {
        var query = Uri.EscapeDataString("query($id: ID!) { node(id: $id) { id } }");
        var variables = Uri.EscapeDataString("""{"id":"industry:hydrogen"}""");

        using var response = await _client.GetAsync(new Uri($"/graphql?query={query}&variables={variables}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("industry:hydrogen", (await response.JsonAsync()).GetProperty("data").GetProperty("node").GetProperty("id").GetString());
        await _client.AssertStillServesAsync();
    }

    [Theory]
    [InlineData("mutation { __typename }", null)]
    [InlineData("query Q { __typename } mutation M { __typename }", "M")]
    public async Task A21_get_mutations_are_405_with_allow_post(string query, string? operationName)
    {
        var url = $"/graphql?query={Uri.EscapeDataString(query)}" + (operationName is null ? string.Empty : $"&operationName={operationName}");

        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
        await _client.AssertStillServesAsync();
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task A22_other_methods_are_405_with_allow_get_post(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), "/graphql") { Content = new StringContent(Typename, Encoding.UTF8, "application/json") };

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, POST", string.Join(", ", response.Content.Headers.Allow));
        await _client.AssertStillServesAsync();
    }

    [Fact]
    public async Task A23_batches_are_refused()
    {
        var batch = "[" + string.Join(",", Enumerable.Repeat(Typename, 10)) + "]";

        using var response = await _client.PostJsonAsync(batch);

        await response.AssertRefusedAsync("BATCHING_NOT_SUPPORTED");
        await _client.AssertStillServesAsync();
    }

    [Theory]
    [InlineData("""{"query":"{"}""", "SYNTAX_ERROR")]
    [InlineData("""{"query":"{ 8f31403dfe404bccbb0e835f2629c6a7 }"}""", "SYNTAX_ERROR")]
    [InlineData("""{"query":"{ f8f31403dfe404bccbb0e835f2629c6a7 }"}""", "FIELDS_ON_CORRECT_TYPE")]
    [InlineData("""{"query":"query CoerceFailure($id: ID!){ __typename }"}""", "NO_UNUSED_VARIABLES")]
    [InlineData("""{"query":"query CoerceFailure($id: ID!){ node(id: $id) { id } }"}""", "INVALID_VALUE")]
    [InlineData("""{"query":"query A { __typename } query B { __typename }"}""", "NO_OPERATION_NAME")]
    [InlineData("""{"query":"query A { __typename }","operationName":"Z"}""", "INVALID_OPERATION_NAME")]
    public async Task A24_A27_request_errors_are_400_without_data_or_200_for_legacy_json(string body, string code)
    {
        using var modern = await _client.PostJsonAsync(body);
        using var legacy = await _client.PostJsonAsync(body, "application/json");

        await modern.AssertRefusedAsync(code);
        Assert.Equal(GraphQLCalls.GraphQLResponse, modern.Content.Headers.ContentType?.MediaType);
        await legacy.AssertRefusedAsync(code, HttpStatusCode.OK);
        await _client.AssertStillServesAsync();
    }

    [Fact]
    public async Task A28_utf8_documents_are_accepted_without_accept()
    {
        using var response = await _client.PostJsonAsync("""{"query":"{ __type(name: \"Run🏃Swim🏊\") { name } }"}""", accept: null, contentType: "application/json; charset=utf-8");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, (await response.JsonAsync()).GetProperty("data").GetProperty("__type").ValueKind);
        await _client.AssertStillServesAsync();
    }
}
