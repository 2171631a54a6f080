using System.Net;

namespace GraphPlan.Api.Tests.BadInput;

/// <summary>
/// Matrix group E: injection and input validation against the embedded store. Not applicable here: E8 (no URL-valued
/// input in the read API) and the mutation half of E9 (curation is a later piece of work).
/// </summary>
public sealed class E_InjectionTests(BadInputApiFactory factory) : IClassFixture<BadInputApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("x' }) MATCH (n) DETACH DELETE n //")]
    [InlineData("'; DROP TABLE entities; --")]
    [InlineData("(a+)+$")]
    [InlineData(".*")]
    public async Task E1_E7_query_language_and_regex_text_is_only_ever_a_literal(string text)
    {
        var before = await EntityCountAsync();

        using var response = await _client.PostQueryAsync("query($t: String) { entities(search: $t) { totalCount } }", new { t = text });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, (await response.JsonAsync()).GetProperty("data").GetProperty("entities").GetProperty("totalCount").GetInt32());
        Assert.Equal(before, await EntityCountAsync());
        await _client.AssertStillServesAsync();
    }

    [Theory]
    [InlineData("""{ node(id: "industry:hydrogen") { related(kinds: "KNOWS]->() DETACH DELETE n //") { kind } } }""")]
    [InlineData("""{ node(id: "industry:hydrogen") { related(kinds: [KNOWS]) { kind } } }""")]
    [InlineData("""{ entities(orderBy: { field: "name; DROP" }) { totalCount } }""")]
    [InlineData("""{ entities(orderBy: { field: NAME_DROP }) { totalCount } }""")]
    public async Task E2_E3_names_that_reach_the_store_are_enums(string query)
    {
        using var response = await _client.PostQueryAsync(query);

        await response.AssertRefusedAsync("ARGUMENTS_OF_CORRECT_TYPE");
        await _client.AssertStillServesAsync();
    }

    [Theory]
    [InlineData("""{"id":{"$gt":""}}""")]
    [InlineData("""{"id":["industry:hydrogen","x"]}""")]
    [InlineData("""{"id":null}""")]
    public async Task E4_variable_type_confusion_is_a_coercion_error(string variables)
    {
        using var response = await _client.PostJsonAsync($$"""{"query":"query($id: ID!) { node(id: $id) { id } }","variables":{{variables}}}""");

        await response.AssertRefusedAsync("INVALID_VALUE");
        await _client.AssertStillServesAsync();
    }

    [Theory]
    [InlineData("a\u0000b")]
    [InlineData("\u202Eevil")]
    [InlineData("\uD800")]
    public async Task E5_odd_characters_never_break_the_response(string text)
    {
        using var response = await _client.PostQueryAsync("query($t: String) { entities(search: $t) { totalCount } }", new { t = text });

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.BadRequest });
        GraphQLCalls.AssertNoLeak(await response.JsonAsync());
        await _client.AssertStillServesAsync();
    }

    [Fact]
    public async Task E5_a_long_emoji_string_is_refused_by_length()
    {
        using var response = await _client.PostQueryAsync("query($t: String) { entities(search: $t) { totalCount } }", new { t = string.Concat(Enumerable.Repeat("🏃", 2_500)) });

        Assert.Equal("INVALID_FILTER", (await response.JsonAsync()).GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        await _client.AssertStillServesAsync();
    }

    [Fact]
    public async Task E6_search_text_over_256_characters_is_refused()
    {
        using var response = await _client.PostQueryAsync("query($t: String) { entities(search: $t) { totalCount } }", new { t = new string('x', 10_000) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = (await response.JsonAsync()).GetProperty("errors")[0];
        Assert.Equal("INVALID_FILTER", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("256", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        await _client.AssertStillServesAsync();
    }

    [Fact]
    public async Task E9_a_5_MB_string_is_refused_at_the_body()
    {
        using var response = await _client.PostQueryAsync("query($t: String) { entities(search: $t) { totalCount } }", new { t = new string('x', 5_000_000) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await _client.AssertStillServesAsync();
    }

    private async Task<int> EntityCountAsync()
    {
        using var response = await _client.PostQueryAsync("{ statistics { entityCount } }");
        return (await response.JsonAsync()).GetProperty("data").GetProperty("statistics").GetProperty("entityCount").GetInt32();
    }
}
