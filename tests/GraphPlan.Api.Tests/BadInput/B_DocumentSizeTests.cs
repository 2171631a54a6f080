using System.Net;
using System.Text;
using System.Text.Json;

namespace GraphPlan.Api.Tests.BadInput;

/// <summary>Matrix group B: document size and parser robustness (B3, a 20 KB URL, is Kestrel's 414 and not reachable through the test server).</summary>
public sealed class B_DocumentSizeTests(BadInputApiFactory factory) : IClassFixture<BadInputApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task B1_a_body_over_the_limit_with_content_length_is_413()
    {
        var body = JsonSerializer.Serialize(new { query = "{ __typename }" + new string(' ', 2_000_000) });

        using var response = await _client.PostJsonAsync(body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", (await response.JsonAsync()).GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        await _client.AssertStillServesAsync();
    }

    [Fact]
    public async Task B2_a_chunked_body_over_the_limit_is_413()
    {
        var body = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new { query = "{ __typename }" + new string(' ', 300_000) }));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new UnsizedContent(body) };

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await _client.AssertStillServesAsync();
    }

    [Theory]
    [InlineData(200, "SYNTAX_ERROR")]
    [InlineData(10_000, "MAX_DOCUMENT_LENGTH")]
    public async Task B4_deeply_nested_selections_are_refused(int levels, string code)
    {
        var query = string.Concat(Enumerable.Repeat("{ a ", levels)) + new string('}', levels);

        using var response = await _client.PostQueryAsync(query);

        await response.AssertRefusedAsync(code);
        await _client.AssertStillServesAsync();
    }

    [Theory]
    [InlineData("{ node(id: LIST) { id } }")]
    [InlineData("{ node(id: OBJECT) { id } }")]
    [InlineData("query($v: TYPE) { __typename }")]
    public async Task B5_deeply_nested_values_and_types_are_syntax_errors(string template)
    {
        var query = template
            .Replace("LIST", new string('[', 300) + new string(']', 300), StringComparison.Ordinal)
            .Replace("OBJECT", string.Concat(Enumerable.Repeat("{a:", 300)) + "1" + new string('}', 300), StringComparison.Ordinal)
            .Replace("TYPE", new string('[', 300) + "Int" + new string(']', 300), StringComparison.Ordinal);

        using var response = await _client.PostQueryAsync(query);

        await response.AssertRefusedAsync("SYNTAX_ERROR");
        await _client.AssertStillServesAsync();
    }

    [Theory]
    [InlineData(100, "INVALID_JSON")]
    [InlineData(40, "MAX_VARIABLES_DEPTH")]
    public async Task B6_deeply_nested_variables_are_refused(int levels, string code)
    {
        var variables = new string('[', levels) + new string(']', levels);
        var body = """{"query":"query($v: Int) { __typename }","variables":{"v":""" + variables + "}}";

        using var response = await _client.PostJsonAsync(body);

        await response.AssertRefusedAsync(code);
        await _client.AssertStillServesAsync();
    }

    [Fact]
    public async Task B7_too_many_tokens_are_refused_before_parsing()
    {
        var query = "{ __typename " + string.Concat(Enumerable.Range(0, 1000).Select(i => $"a{i}:__typename ")) + "}";

        using var response = await _client.PostQueryAsync(query);

        var body = await response.AssertRefusedAsync("MAX_TOKENS_LIMIT");
        Assert.Contains("2000", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        await _client.AssertStillServesAsync();
    }

    [Fact]
    public async Task B8_a_long_document_of_comments_is_refused()
    {
        var query = string.Concat(Enumerable.Repeat("# padding padding padding padding padding padding\n", 2000)) + "{ __typename }";

        using var response = await _client.PostQueryAsync(query);

        await response.AssertRefusedAsync("MAX_DOCUMENT_LENGTH");
        await _client.AssertStillServesAsync();
    }

    [Fact]
    public async Task B9_too_many_operations_are_refused()
    {
        var query = string.Concat(Enumerable.Range(0, 11).Select(i => $"query Q{i} {{ __typename }} "));

        using var response = await _client.PostJsonAsync(JsonSerializer.Serialize(new { query, operationName = "Q0" }));

        await response.AssertRefusedAsync("MAX_OPERATIONS_LIMIT");
        await _client.AssertStillServesAsync();
    }

    /// <summary>Content without a length, so it goes out chunked.</summary>
    private sealed class UnsizedContent : HttpContent
    {
        private readonly byte[] _bytes;

        public UnsizedContent(byte[] bytes)
        {
            _bytes = bytes;
            Headers.ContentType = new("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_bytes, 0, _bytes.Length);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
