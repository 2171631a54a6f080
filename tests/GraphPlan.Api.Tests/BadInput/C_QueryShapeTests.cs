using System.Net;
using System.Text.Json;

namespace GraphPlan.Api.Tests.BadInput;

/// <summary>
/// Matrix group C: query-shape DoS, refused before GraphQL.NET's validation. Not covered: C2 (per-coordinate cycle
/// limit; the depth limit bounds it) and C15 (per-client complexity budget).
/// </summary>
public sealed class C_QueryShapeTests(BadInputApiFactory factory) : IClassFixture<BadInputApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task C1_depth_over_ten_is_refused_also_through_fragments()
    {
        var nested = string.Concat(Enumerable.Repeat("related { entity { ", 5)) + "id" + string.Concat(Enumerable.Repeat(" } }", 5));
        var direct = $$"""{ node(id: "industry:hydrogen") { {{nested}} } }""";
        var viaFragments = """
            { node(id: "industry:hydrogen") { ...A } }
            fragment A on Entity { related { entity { ...B } } }
            fragment B on Entity { related { entity { ...C } } }
            fragment C on Entity { related { entity { related { entity { related { entity { id } } } } } } }
            """;

        foreach (var query in new[] { direct, viaFragments })
        {
            using var response = await _client.PostQueryAsync(query);
            var body = await response.AssertRefusedAsync("MAX_DEPTH_LIMIT");
            Assert.Contains("MaxDepth", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        await _client.AssertStillServesAsync();
    }

    [Theory]
    [InlineData(101, "__typename")]
    [InlineData(21, "node(id: \"industry:hydrogen\") { id }")]
    public async Task C3_alias_overloading_is_refused(int count, string field)
    {
        var query = "{ " + string.Concat(Enumerable.Range(0, count).Select(i => $"a{i}: {field} ")) + "}";

        using var response = await _client.PostQueryAsync(query);

        await response.AssertRefusedAsync("MAX_ALIASES_LIMIT");
        await _client.AssertStillServesAsync();
    }

    [Fact]
    public async Task C4_field_duplication_is_refused()
    {
        var query = "query { " + string.Concat(Enumerable.Repeat("__typename ", 500)) + "}";

        using var response = await _client.PostQueryAsync(query);

        await response.AssertRefusedAsync("MAX_FIELDS_LIMIT");
        await _client.AssertStillServesAsync();
    }

    [Theory]
    [InlineData("{ ROOTS }")]
    [InlineData("{ ...F } fragment F on Query { ROOTS }")]
    public async Task C5_too_many_root_fields_are_refused(string template)
    {
        var query = template.Replace("ROOTS", string.Concat(Enumerable.Range(0, 11).Select(i => $"s{i}: statistics {{ entityCount }} ")), StringComparison.Ordinal);

        using var response = await _client.PostQueryAsync(query);

        await response.AssertRefusedAsync("MAX_ROOT_FIELDS_LIMIT");
        await _client.AssertStillServesAsync();
    }

    [Theory]
    [InlineData("{ __typename @aa@aa@aa@aa@aa@aa@aa@aa@aa@aa }")]
    [InlineData("{ __typename @include(if: true) @include(if: true) @include(if: true) @include(if: true) @include(if: true) }")]
    public async Task C6_C7_directive_overloading_is_one_error(string query)
    {
        using var response = await _client.PostQueryAsync(query);

        var body = await response.AssertRefusedAsync("MAX_DIRECTIVES_LIMIT");
        Assert.Equal(1, body.GetProperty("errors").GetArrayLength());
        await _client.AssertStillServesAsync();
    }

    [Fact]
    public async Task C7_many_directives_across_the_document_are_refused()
    {
        // No aliases and one directive per field, so only the document-wide directive limit (20) can refuse it.
        var query = "{ node(id: \"industry:hydrogen\") { " + string.Concat(Enumerable.Repeat("id @include(if: true) ", 21)) + "} }";

        using var response = await _client.PostJsonAsync(JsonSerializer.Serialize(new { query }));

        var body = await response.AssertRefusedAsync("MAX_DIRECTIVES_LIMIT");
        Assert.Contains("GraphQL:Limits:MaxDirectives)", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        await _client.AssertStillServesAsync();
    }

    [Fact]
    public async Task C8_circular_fragments_are_a_validation_error()
    {
        using var response = await _client.PostQueryAsync("{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }");

        await response.AssertRefusedAsync("NO_FRAGMENT_CYCLES");
        await _client.AssertStillServesAsync();
    }

    [Theory]
    [InlineData(200, 100, HttpStatusCode.RequestEntityTooLarge, "REQUEST_TOO_LARGE")]
    [InlineData(40, 100, HttpStatusCode.BadRequest, "MAX_DOCUMENT_LENGTH")]
    [InlineData(20, 20, HttpStatusCode.BadRequest, "MAX_TOKENS_LIMIT")]
    public async Task C9_overlapping_inline_fragments_are_refused_before_field_merging(int outer, int inner, HttpStatusCode status, string code)
    {
        var innerFragments = string.Concat(Enumerable.Repeat("... on Entity { name } ", inner));
        var query = "{ node(id: \"industry:hydrogen\") { " + string.Concat(Enumerable.Repeat($"... on Entity {{ related {{ entity {{ {innerFragments}}} }} }} ", outer)) + "} }";

        using var response = await _client.PostQueryAsync(query);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal(code, (await response.JsonAsync()).GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        await _client.AssertStillServesAsync();
    }

    [Fact]
    public async Task C10_fragment_billion_laughs_is_refused_by_complexity()
    {
        var fragments = "fragment F0 on Entity { id name } " + string.Concat(Enumerable.Range(1, 13).Select(i => $"fragment F{i} on Entity {{ ...F{i - 1} ...F{i - 1} }} "));
        var query = "{ node(id: \"industry:hydrogen\") { ...F13 } } " + fragments;

        using var response = await _client.PostQueryAsync(query);

        await response.AssertRefusedAsync("COMPLEXITY_LIMIT");
        await _client.AssertStillServesAsync();
    }

    [Fact]
    public async Task C11_list_multiplication_is_refused_by_complexity_naming_the_value()
    {
        using var response = await _client.PostQueryAsync("{ entities(first: 100) { nodes { related { entity { related { entity { id } } } } } } }");

        var body = await response.AssertRefusedAsync("COMPLEXITY_LIMIT");
        Assert.Contains("MaxComplexity", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        await _client.AssertStillServesAsync();
    }

    [Fact]
    public async Task C12_out_of_range_page_sizes_are_refused()
    {
        using var huge = await _client.PostQueryAsync("{ entities(first: 99999999) { totalCount } }");
        using var negative = await _client.PostQueryAsync("{ entities(first: -1) { totalCount } }");
        using var overflow = await _client.PostQueryAsync("{ entities(first: 2147483648) { totalCount } }");
        using var multiplied = await _client.PostQueryAsync("{ entities(first: 99999999) { nodes { id } } }");

        Assert.Equal("BAD_USER_INPUT", (await huge.JsonAsync()).GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("BAD_USER_INPUT", (await negative.JsonAsync()).GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, overflow.StatusCode);
        await multiplied.AssertRefusedAsync("COMPLEXITY_LIMIT");
        await _client.AssertStillServesAsync();
    }

    [Fact]
    public async Task C13_too_many_ids_are_refused()
    {
        var ids = Enumerable.Range(0, 10_000).Select(i => $"x:{i}").ToArray();

        using var response = await _client.PostQueryAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal("BAD_USER_INPUT", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        await _client.AssertStillServesAsync();
    }

    [Fact]
    public async Task C14_a_document_over_budget_stays_refused_when_it_is_sent_again()
    {
        const string Query = "{ entities(first: 100) { nodes { related { entity { related { entity { name } } } } } } }";

        using var first = await _client.PostQueryAsync(Query);
        using var again = await _client.PostQueryAsync(Query);

        await first.AssertRefusedAsync("COMPLEXITY_LIMIT");
        await again.AssertRefusedAsync("COMPLEXITY_LIMIT");
        await _client.AssertStillServesAsync();
    }

    [Fact]
    public async Task C14_complexity_follows_variables_on_a_cached_document()
    {
        const string Query = "query($n: Int) { entities(first: $n) { nodes { related { entity { related { entity { id } } } } } } }";

        using var small = await _client.PostQueryAsync(Query, new { n = 1 });
        using var large = await _client.PostQueryAsync(Query, new { n = 100 });

        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        await large.AssertRefusedAsync("COMPLEXITY_LIMIT");
        await _client.AssertStillServesAsync();
    }
}
