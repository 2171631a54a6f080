using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace GraphPlan.Api.Tests;

/// <summary>Curation over HTTP: the API key decides who may write; a wrong key or none changes nothing.</summary>
public sealed class CurationHttpTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Rename = """
        mutation { upsertEntity(input: {id: "organization:tsinghua-yangtze-delta-institute", kind: ORGANIZATION, name: "浙江清华长三角研究院",
          nameEn: "Yangtze Delta Region Institute of Tsinghua University", attributes: [{key: "orgType", value: "research"}],
          provenance: [{section: "section:3.2", quote: "依托浙江清华长三角研究院的人才、技术及产业资源集聚优势"}]}) { audit { actor sequence } entity { nameEn version } } }
        """;

    [Theory]
    [InlineData(null, "UNAUTHENTICATED")]
    [InlineData("not-a-configured-key", "UNAUTHENTICATED")]
    [InlineData(ApiFactory.ReaderKey, "FORBIDDEN")]
    public async Task Without_the_curator_role_a_mutation_is_refused_and_changes_nothing(string? key, string code)
    {
        var before = await NameEnAsync();

        using var response = await PostAsync(Rename, key);

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(code, body.RootElement.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(before, await NameEnAsync());
    }

    [Fact]
    public async Task A_curator_key_writes_and_is_named_in_the_audit_trail()
    {
        using var response = await PostAsync(Rename, ApiFactory.CuratorKey);

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var payload = body.RootElement.GetProperty("data").GetProperty("upsertEntity");
        Assert.Equal("alice", payload.GetProperty("audit").GetProperty("actor").GetString());
        Assert.Equal("Yangtze Delta Region Institute of Tsinghua University", await NameEnAsync());
        using var trail = await PostAsync("""{ auditTrail(actor: "alice") { subject } }""", ApiFactory.ReaderKey);
        using var trailBody = JsonDocument.Parse(await trail.Content.ReadAsStringAsync());
        Assert.Contains(trailBody.RootElement.GetProperty("data").GetProperty("auditTrail").EnumerateArray(), e => e.GetProperty("subject").GetString() == "organization:tsinghua-yangtze-delta-institute");
    }

    [Fact]
    public async Task An_idempotency_key_reused_for_a_different_change_is_refused_with_422_and_writes_nothing()
    {
        var key = $"reuse-{Guid.NewGuid():N}";
        using var first = await PostAsync(Rename, ApiFactory.CuratorKey, key);
        using var retry = await PostAsync(Rename, ApiFactory.CuratorKey, key);
        var other = Rename.Replace("Yangtze Delta Region Institute of Tsinghua University", "Some other name", StringComparison.Ordinal);

        using var reused = await PostAsync(other, ApiFactory.CuratorKey, key);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        using var body = JsonDocument.Parse(await reused.Content.ReadAsStringAsync());
        var error = body.RootElement.GetProperty("errors")[0];
        Assert.Equal("IDEMPOTENCY_KEY_REUSED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("already used for a different change", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("Yangtze Delta Region Institute of Tsinghua University", await NameEnAsync());
    }

    [Fact]
    public async Task A_curated_entity_is_found_by_search_at_once()
    {
        const string Upsert = """
            mutation { upsertEntity(input: {id: "project:liquid-hydrogen-tank-farm", kind: PROJECT, name: "液氢储罐区", nameEn: "Liquid hydrogen tank farm",
              provenance: [{section: "section:3.2", quote: "充分发挥国内首座商用液氢工厂的示范作用"}]}) { entity { version } } }
            """;
        using var written = await PostAsync(Upsert, ApiFactory.CuratorKey);
        written.EnsureSuccessStatusCode();

        using var response = await PostAsync("""{ search(text: "液氢储罐", first: 100) { hits { entity { id } } } }""", null);

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var first = body.RootElement.GetProperty("data").GetProperty("search").GetProperty("hits")[0];
        Assert.Equal("project:liquid-hydrogen-tank-farm", first.GetProperty("entity").GetProperty("id").GetString());
    }

    [Fact]
    public async Task The_example_search_operations_fit_the_hosts_limits()
    {
        // The ranked search at its largest page, the passages at their default page of 10.
        foreach (var (file, first) in new[] { ("ranked-search.graphql", "first: 100"), ("passages.graphql", "first: 10") })
        {
            var query = File.ReadAllText(Path.Combine(GraphPlan.Testing.RepositoryPaths.Schema, "queries", file)).Replace("first: 5", first, StringComparison.Ordinal);
            var client = factory.CreateClient();
            using var response = await client.PostAsync(new Uri("/graphql", UriKind.Relative), JsonContent.Create(new { query, variables = new { text = "氢能" } }));

            var text = await response.Content.ReadAsStringAsync();
            using var body = JsonDocument.Parse(text);
            Assert.False(body.RootElement.TryGetProperty("errors", out _), $"{file}: {text}");
        }
    }

    private async Task<string?> NameEnAsync()
    {
        using var response = await PostAsync("""{ node(id: "organization:tsinghua-yangtze-delta-institute") { nameEn } }""", null);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.GetProperty("data").GetProperty("node").GetProperty("nameEn").GetString();
    }

    private async Task<HttpResponseMessage> PostAsync(string query, string? key, string? idempotencyKey = null)
    {
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await client.SendAsync(request);
    }
}
