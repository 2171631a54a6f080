using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using GraphPlan.Api.Caching;
using Microsoft.Extensions.DependencyInjection;

namespace GraphPlan.Api.Tests;

/// <summary>
/// The whole-response cache and HTTP caching of <c>/graphql</c>: repeated queries are served from memory, a curator's
/// write is read back at once, GET answers carry an ETag that turns a repeat into a 304 until the graph changes.
/// </summary>
public sealed class ResponseCacheHttpTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string Institute = "organization:tsinghua-yangtze-delta-institute";

    [Fact]
    public async Task A_repeated_query_is_answered_from_the_cache_with_the_same_bytes()
    {
        var cache = factory.Services.GetRequiredService<GraphQLResponseCache>();
        const string query = """{ node(id: "target:hydrogen-output-2025") { id name nameEn } }""";

        using var first = await PostAsync(query);
        var hitsBefore = cache.Hits;
        using var second = await PostAsync(query);

        Assert.Equal("miss", Header(first, GraphQLResponseCaching.CacheHeader));
        Assert.Equal("hit", Header(second, GraphQLResponseCaching.CacheHeader));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal(hitsBefore + 1, cache.Hits);
        Assert.Equal("no-store", second.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_curators_write_is_read_back_at_once_over_post_and_get()
    {
        var query = $$"""{ node(id: "{{Institute}}") { nameEn version } }""";
        await PostAsync(query);
        using var cached = await PostAsync(query);
        Assert.Equal("hit", Header(cached, GraphQLResponseCaching.CacheHeader));
        using var viaGet = await GetAsync(query);
        var etag = viaGet.Headers.ETag;

        var renamed = $"Tsinghua Yangtze Delta Institute {Guid.NewGuid():N}";
        using var write = await PostAsync(Upsert(renamed), ApiFactory.CuratorKey);
        Assert.Equal(HttpStatusCode.OK, write.StatusCode);

        using var afterPost = await PostAsync(query);
        using var afterGet = await GetAsync(query, etag);
        Assert.Equal(renamed, NameEn(await afterPost.Content.ReadAsStringAsync()));
        Assert.Equal("miss", Header(afterPost, GraphQLResponseCaching.CacheHeader));
        Assert.Equal(HttpStatusCode.OK, afterGet.StatusCode);
        Assert.Equal(renamed, NameEn(await afterGet.Content.ReadAsStringAsync()));
        Assert.NotEqual(etag, afterGet.Headers.ETag);
    }

    [Fact]
    public async Task A_get_with_the_current_etag_is_not_modified_and_one_with_another_is_answered()
    {
        const string query = """{ node(id: "industry:aerospace-high-end-equipment") { id name } }""";

        using var first = await GetAsync(query);
        var etag = first.Headers.ETag;
        using var again = await GetAsync(query, etag);
        using var other = await GetAsync(query, new EntityTagHeaderValue("\"1-000000000000000000000000\""));
        using var otherQuery = await GetAsync("""{ node(id: "industry:aerospace-high-end-equipment") { id nameEn } }""", etag);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(etag);
        Assert.False(etag!.IsWeak);
        Assert.Equal("no-cache", first.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(etag, again.Headers.ETag);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(etag, other.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, otherQuery.StatusCode);
        Assert.NotEqual(etag, otherQuery.Headers.ETag);
    }

    [Fact]
    public async Task Callers_with_different_roles_do_not_share_entries_and_keyed_answers_are_private()
    {
        const string query = """{ node(id: "project:landspace-jiaxing-centre") { id kind } }""";

        using var anonymous = await GetAsync(query);
        using var reader = await GetAsync(query, key: ApiFactory.ReaderKey);
        using var readerAgain = await GetAsync(query, key: ApiFactory.ReaderKey);
        using var readerWithAnonymousTag = await GetAsync(query, anonymous.Headers.ETag, ApiFactory.ReaderKey);

        Assert.Equal("miss", Header(reader, GraphQLResponseCaching.CacheHeader));
        Assert.Equal("hit", Header(readerAgain, GraphQLResponseCaching.CacheHeader));
        Assert.NotEqual(anonymous.Headers.ETag, reader.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, readerWithAnonymousTag.StatusCode);
        Assert.True(reader.Headers.CacheControl is { Private: true, NoCache: true, NoStore: false });
        Assert.False(anonymous.Headers.CacheControl!.Private);
        Assert.Contains("X-Api-Key", reader.Headers.Vary);
    }

    [Fact]
    public async Task Failed_requests_and_mutations_are_never_cached()
    {
        const string invalid = "{ node(id: \"x\") { noSuchField } }";

        using var firstInvalid = await PostAsync(invalid);
        using var secondInvalid = await PostAsync(invalid);
        using var firstWrite = await PostAsync(Upsert("Yangtze Delta Region Institute of Tsinghua University"), ApiFactory.CuratorKey);
        using var secondWrite = await PostAsync(Upsert("Yangtze Delta Region Institute of Tsinghua University"), ApiFactory.CuratorKey);
        using var invalidGet = await GetAsync(invalid);

        Assert.False(secondInvalid.Headers.Contains(GraphQLResponseCaching.CacheHeader));
        Assert.False(secondWrite.Headers.Contains(GraphQLResponseCaching.CacheHeader));
        Assert.NotEqual(Sequence(await firstWrite.Content.ReadAsStringAsync()), Sequence(await secondWrite.Content.ReadAsStringAsync()));
        Assert.Null(invalidGet.Headers.ETag);
        Assert.Equal("no-store", invalidGet.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Switched_off_every_request_executes_and_gets_still_carry_an_etag()
    {
        using var off = factory.WithWebHostBuilder(builder => builder.UseSetting("GraphQL:ResponseCache:Enabled", "false"));
        var client = off.CreateClient();
        const string query = """{ node(id: "target:hydrogen-output-2025") { id } }""";

        using var first = await client.PostAsJsonAsync("/graphql", new { query });
        using var second = await client.PostAsJsonAsync("/graphql", new { query });
        using var get = await client.GetAsync(new Uri("/graphql?query=" + Uri.EscapeDataString(query), UriKind.Relative));

        Assert.False(second.Headers.Contains(GraphQLResponseCaching.CacheHeader));
        Assert.Equal(0, off.Services.GetRequiredService<GraphQLResponseCache>().Count);
        Assert.NotNull(get.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    private static string Upsert(string nameEn) => $$"""
        mutation { upsertEntity(input: {id: "{{Institute}}", kind: ORGANIZATION, name: "浙江清华长三角研究院",
          nameEn: "{{nameEn}}", attributes: [{key: "orgType", value: "research"}],
          provenance: [{section: "section:3.2", quote: "依托浙江清华长三角研究院的人才、技术及产业资源集聚优势"}]}) { audit { sequence } entity { nameEn } } }
        """;

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.Single() : null;

    private static string? NameEn(string body) =>
        JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("node").GetProperty("nameEn").GetString();

    private static long Sequence(string body) =>
        JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("upsertEntity").GetProperty("audit").GetProperty("sequence").GetInt64();

    private async Task<HttpResponseMessage> PostAsync(string query, string? key = null)
    {
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return await client.SendAsync(request);
    }

    private async Task<HttpResponseMessage> GetAsync(string query, EntityTagHeaderValue? ifNoneMatch = null, string? key = null)
    {
        var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(query));
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        }

        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return await client.SendAsync(request);
    }
}
