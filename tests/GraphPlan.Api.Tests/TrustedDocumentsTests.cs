using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphPlan.Api.Tests.BadInput;
using GraphPlan.Testing;

namespace GraphPlan.Api.Tests;

/// <summary>
/// Persisted documents on the real host: <c>documentId</c> by POST and GET, Apollo's automatic persisted queries, and
/// the production switch that runs only the manifest (schema/queries/) and lets its documents skip the limits.
/// </summary>
public sealed class TrustedDocumentsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Supporters = "hydrogen-supporters.graphql";
    private readonly HttpClient _client = factory.CreateClient();

    /// <summary>What <c>sha256sum</c> prints for the file, as a document id.</summary>
    private static string IdOf(string relative) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(RepositoryPaths.Schema, "queries", relative))));

    private static string TextOf(string relative) => File.ReadAllText(Path.Combine(RepositoryPaths.Schema, "queries", relative));

    private static string Hash(string document) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document)));

    private static string Apq(string hash, string? query = null) =>
        JsonSerializer.Serialize(new { query, extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } });

    [Fact]
    public async Task A_document_id_by_post_runs_the_manifest_file_whose_sha256sum_it_is()
    {
        using var byId = await _client.PostJsonAsync(JsonSerializer.Serialize(new { documentId = IdOf(Supporters) }));
        using var byText = await _client.PostQueryAsync(TextOf(Supporters));

        Assert.Equal(HttpStatusCode.OK, byId.StatusCode);
        var data = (await byId.JsonAsync()).GetProperty("data");
        Assert.Equal("target:hydrogen-output-2025", data.GetProperty("node").GetProperty("id").GetString());
        Assert.Equal((await byText.JsonAsync()).GetProperty("data").GetRawText(), data.GetRawText());
    }

    [Fact]
    public async Task A_document_id_by_get_runs_with_its_variables()
    {
        var url = $"/graphql?documentId={Uri.EscapeDataString(IdOf("search.graphql"))}&variables={Uri.EscapeDataString("""{"text":"氢能"}""")}";

        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var nodes = (await response.JsonAsync()).GetProperty("data").GetProperty("entities").GetProperty("nodes");
        Assert.Contains(nodes.EnumerateArray(), n => n.GetProperty("id").GetString() == "industry:hydrogen");
    }

    [Fact]
    public async Task A_manifest_mutation_named_by_get_is_still_refused_with_405()
    {
        var url = $"/graphql?documentId={Uri.EscapeDataString(IdOf("curation/rename-institute.graphql"))}";

        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        await RefusedAsync(response, "METHOD_NOT_ALLOWED", HttpStatusCode.MethodNotAllowed);
        Assert.Equal(["POST"], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("explorer/neighborhood.graphql", """{"id":"industry:hydrogen","depth":1,"kinds":null,"maxNodes":500}""")]
    [InlineData("explorer/entity.graphql", """{"id":"target:hydrogen-output-2025"}""")]
    [InlineData("explorer/names.graphql", """{"ids":["industry:hydrogen"]}""")]
    [InlineData("explorer/search.graphql", """{"text":"氢能"}""")]
    [InlineData("explorer/supporters-target.graphql", """{"id":"target:hydrogen-output-2025","maxDepth":3}""")]
    [InlineData("explorer/supporters-goal.graphql", """{"id":"goal:best-industrial-port","maxDepth":2}""")]
    [InlineData("home/statistics.graphql", "{}")]
    public async Task The_browser_pages_operations_run_by_their_document_id(string file, string variables)
    {
        using var response = await _client.PostJsonAsync($$"""{"documentId":"{{IdOf(file)}}","variables":{{variables}}}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.False(body.TryGetProperty("errors", out _), body.GetRawText());
        Assert.NotEqual(JsonValueKind.Null, body.GetProperty("data").EnumerateObject().First().Value.ValueKind);
    }

    [Theory]
    [InlineData("sha256:0000000000000000000000000000000000000000000000000000000000000000", "PERSISTED_DOCUMENT_NOT_FOUND")]
    [InlineData("sha256:xyz", "BAD_USER_INPUT")]
    [InlineData("md5:d41d8cd98f00b204e9800998ecf8427e", "BAD_USER_INPUT")]
    public async Task An_unknown_or_malformed_document_id_is_refused(string documentId, string code)
    {
        using var response = await _client.PostJsonAsync(JsonSerializer.Serialize(new { documentId }));

        await RefusedAsync(response, code);
        await _client.AssertStillServesAsync();
    }

    [Fact]
    public async Task Sending_both_a_query_and_a_document_id_is_refused()
    {
        using var response = await _client.PostJsonAsync(JsonSerializer.Serialize(new { query = "{ __typename }", documentId = IdOf(Supporters) }));

        await RefusedAsync(response, "BAD_USER_INPUT");
    }

    [Fact]
    public async Task An_automatic_persisted_query_is_not_found_then_registered_then_hit()
    {
        var query = $"# {Guid.NewGuid()}\n{{ node(id: \"industry:hydrogen\") {{ id name }} }}";
        var hash = Hash(query);

        using var miss = await _client.PostJsonAsync(Apq(hash));
        using var register = await _client.PostJsonAsync(Apq(hash, query));
        using var hit = await _client.PostJsonAsync(Apq(hash));
        using var hitByGet = await _client.GetAsync(new Uri($"/graphql?extensions={Uri.EscapeDataString(JsonSerializer.Serialize(new { persistedQuery = new { version = 1, sha256Hash = hash } }))}", UriKind.Relative));

        var missBody = await RefusedAsync(miss, "PERSISTED_QUERY_NOT_FOUND");
        Assert.Equal("PersistedQueryNotFound", missBody.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.OK, register.StatusCode);
        foreach (var response in new[] { register, hit, hitByGet })
        {
            Assert.Equal("氢能", (await response.JsonAsync()).GetProperty("data").GetProperty("node").GetProperty("name").GetString());
        }
    }

    [Fact]
    public async Task A_hash_that_is_not_the_documents_is_refused_and_nothing_is_registered()
    {
        var query = $"# {Guid.NewGuid()}\n{{ __typename }}";
        var wrong = Hash(query + " ");

        using var mismatch = await _client.PostJsonAsync(Apq(wrong, query));
        using var after = await _client.PostJsonAsync(Apq(wrong));

        var body = await RefusedAsync(mismatch, "PERSISTED_DOCUMENT_HASH_MISMATCH");
        Assert.Contains(Hash(query), body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        await RefusedAsync(after, "PERSISTED_QUERY_NOT_FOUND");
    }

    [Fact]
    public async Task By_default_a_manifest_document_named_by_id_still_meets_the_limits()
    {
        using var factory = new ApiFactory().WithWebHostBuilder(b => b.UseSetting("GraphQL:Limits:MaxDepth", "3"));
        using var client = factory.CreateClient();

        using var response = await client.PostJsonAsync(JsonSerializer.Serialize(new { documentId = IdOf(Supporters) }));

        await RefusedAsync(response, "MAX_DEPTH_LIMIT");
    }

    [Fact]
    public async Task Trusted_only_runs_manifest_documents_without_the_limits_and_refuses_every_other()
    {
        using var factory = new ApiFactory().WithWebHostBuilder(b => b
            .UseSetting("TrustedDocuments:Only", "true")
            .UseSetting("GraphQL:Limits:MaxDepth", "3"));
        using var client = factory.CreateClient();
        var arbitrary = $"# {Guid.NewGuid()}\n{{ node(id: \"industry:hydrogen\") {{ id }} }}";

        using var byId = await client.PostJsonAsync(JsonSerializer.Serialize(new { documentId = IdOf(Supporters) }));
        using var byText = await client.PostQueryAsync(TextOf(Supporters));
        using var other = await client.PostQueryAsync(arbitrary);
        using var otherByGet = await client.GetAsync(new Uri($"/graphql?query={Uri.EscapeDataString(arbitrary)}", UriKind.Relative));
        using var registration = await client.PostJsonAsync(Apq(Hash(arbitrary), arbitrary));

        // Ours run although deeper than MaxDepth 3, and still report their cost.
        Assert.Equal(HttpStatusCode.OK, byId.StatusCode);
        var body = await byId.JsonAsync();
        Assert.Equal("target:hydrogen-output-2025", body.GetProperty("data").GetProperty("node").GetProperty("id").GetString());
        Assert.True(body.GetProperty("extensions").GetProperty("cost").GetProperty("estimated").GetDouble() > 0);
        Assert.Equal(HttpStatusCode.OK, byText.StatusCode);
        var refusal = await RefusedAsync(other, "PERSISTED_DOCUMENT_REQUIRED");
        Assert.Contains("TrustedDocuments:Only", refusal.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        await RefusedAsync(otherByGet, "PERSISTED_DOCUMENT_REQUIRED");
        await RefusedAsync(registration, "PERSISTED_DOCUMENT_REQUIRED");
    }

    /// <summary>A refusal: the status, no data, one error with the code (the host runs as Development here, so error details are not checked).</summary>
    private static async Task<JsonElement> RefusedAsync(HttpResponseMessage response, string code, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        Assert.Equal(status, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.False(body.TryGetProperty("data", out var data) && data.ValueKind != JsonValueKind.Null, "a refused request has no data");
        Assert.Equal(code, Assert.Single(body.GetProperty("errors").EnumerateArray()).GetProperty("extensions").GetProperty("code").GetString());
        return body;
    }
}
