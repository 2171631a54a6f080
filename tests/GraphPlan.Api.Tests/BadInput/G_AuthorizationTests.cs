using System.Net;
using GraphPlan.Api.Security;

namespace GraphPlan.Api.Tests.BadInput;

/// <summary>Matrix group G: who may curate, and what a refused or repeated write leaves behind.</summary>
public sealed class G_AuthorizationTests : IDisposable
{
    private const string CuratorKey = "g-curator";
    private const string ReaderKey = "g-reader";

    private const string Upsert = """
        mutation { upsertEntity(input: {id: "project:g-test", kind: PROJECT, name: "测试项目", nameEn: "Test project",
          provenance: [{section: "section:3.2", quote: "加氢站"}]}) { entity { id version } } }
        """;

    private readonly ConfiguredApiFactory _factory = new(new Dictionary<string, string?>
    {
        ["Curation:Keys:0:Name"] = "g-curator",
        ["Curation:Keys:0:Role"] = "curator",
        ["Curation:Keys:0:Sha256"] = ApiKeyAuthenticationHandler.Hash(CuratorKey),
        ["Curation:Keys:1:Name"] = "g-reader",
        ["Curation:Keys:1:Role"] = "reader",
        ["Curation:Keys:1:Sha256"] = ApiKeyAuthenticationHandler.Hash(ReaderKey),
    });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task G1_a_mutation_without_a_key_is_401_with_www_authenticate_and_nothing_is_written()
    {
        using var client = _factory.CreateClient();

        using var response = await client.PostQueryAsync(Upsert);

        await response.AssertRefusedAsync("UNAUTHENTICATED", HttpStatusCode.Unauthorized);
        Assert.Contains("X-Api-Key", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        await AssertNotWrittenAsync(client);
        await client.AssertStillServesAsync();
    }

    [Fact]
    public async Task G1_a_wrong_key_is_401_too()
    {
        using var client = Client("guessed-key");

        using var response = await client.PostQueryAsync(Upsert);

        await response.AssertRefusedAsync("UNAUTHENTICATED", HttpStatusCode.Unauthorized);
        await AssertNotWrittenAsync(client);
    }

    [Fact]
    public async Task G2_a_reader_key_is_403_and_nothing_is_written()
    {
        using var client = Client(ReaderKey);

        using var response = await client.PostQueryAsync(Upsert);

        await response.AssertRefusedAsync("FORBIDDEN", HttpStatusCode.Forbidden);
        await AssertNotWrittenAsync(client);
        await client.AssertStillServesAsync();
    }

    [Theory]
    [InlineData("mutation { ...W } fragment W on Mutation { upsertEntity(input: {id: \"project:g-test\", kind: PROJECT, name: \"测试\", nameEn: \"Test\", provenance: [{section: \"section:3.2\", quote: \"加氢站\"}]}) { entity { id } } }")]
    [InlineData("mutation($t: Boolean = true) { renamed: upsertEntity(input: {id: \"project:g-test\", kind: PROJECT, name: \"测试\", nameEn: \"Test\", provenance: [{section: \"section:3.2\", quote: \"加氢站\"}]}) @include(if: $t) { entity { id } } }")]
    public async Task G3_a_mutation_behind_a_fragment_an_alias_or_a_directive_is_refused_the_same_way(string query)
    {
        using var client = _factory.CreateClient();

        using var response = await client.PostQueryAsync(query);

        await response.AssertRefusedAsync("UNAUTHENTICATED", HttpStatusCode.Unauthorized);
        await AssertNotWrittenAsync(client);
    }

    [Fact]
    public async Task G4_the_audit_trail_is_not_readable_anonymously()
    {
        using var client = _factory.CreateClient();

        using var response = await client.PostQueryAsync("{ auditTrail { actor subject } }");

        await response.AssertRefusedAsync("UNAUTHENTICATED", HttpStatusCode.Unauthorized);
        await client.AssertStillServesAsync();
    }

    [Fact]
    public async Task G5_six_aliased_writes_in_one_mutation_are_refused_before_any_runs()
    {
        using var client = Client(CuratorKey);
        var writes = string.Join(" ", Enumerable.Range(0, 6).Select(i =>
            $$"""w{{i}}: upsertEntity(input: {id: "project:g-test", kind: PROJECT, name: "测试", nameEn: "Test {{i}}", provenance: [{section: "section:3.2", quote: "加氢站"}]}) { entity { id } }"""));

        using var response = await client.PostQueryAsync($"mutation {{ {writes} }}");

        await response.AssertRefusedAsync("MAX_ROOT_FIELDS_LIMIT");
        await AssertNotWrittenAsync(client);
        await client.AssertStillServesAsync();
    }

    [Fact]
    public async Task G6_the_same_mutation_retried_with_one_idempotency_key_writes_once_with_identical_responses()
    {
        using var client = Client(CuratorKey);
        var bodies = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
            {
                Content = System.Net.Http.Json.JsonContent.Create(new { query = Upsert.Replace("entity { id version }", "audit { sequence version } entity { id version }", StringComparison.Ordinal) }),
            };
            request.Headers.Add("Idempotency-Key", "g6-retry");
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            bodies.Add(await response.Content.ReadAsStringAsync());
        }

        Assert.Single(bodies.Distinct());
        Assert.Contains("\"version\":1", bodies[0], StringComparison.Ordinal);
        using var trail = await client.PostQueryAsync("""{ auditTrail(subject: "project:g-test") { sequence } }""");
        Assert.Equal(1, (await trail.JsonAsync()).GetProperty("data").GetProperty("auditTrail").GetArrayLength());
        await client.AssertStillServesAsync();
    }

    [Fact]
    public async Task G7_a_curator_write_is_acknowledged_with_its_version_and_then_readable()
    {
        using var client = Client(CuratorKey);

        using var response = await client.PostQueryAsync(Upsert);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        Assert.Equal(1, body.GetProperty("data").GetProperty("upsertEntity").GetProperty("entity").GetProperty("version").GetInt32());
        using var read = await client.PostQueryAsync("""{ node(id: "project:g-test") { version } }""");
        Assert.Equal(1, (await read.JsonAsync()).GetProperty("data").GetProperty("node").GetProperty("version").GetInt32());
    }

    private HttpClient Client(string key)
    {
        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static async Task AssertNotWrittenAsync(HttpClient client)
    {
        using var response = await client.PostQueryAsync("""{ nodes(ids: ["project:g-test"]) { id } }""", accept: GraphQLCalls.Json);
        var body = await response.JsonAsync();
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("data").GetProperty("nodes")[0].ValueKind);
    }
}
