using System.Net.Http.Json;
using System.Text.Json;
using GraphPlan.Api.Security;
using GraphPlan.Testing;

namespace GraphPlan.Api.Tests;

/// <summary>
/// The built API started from folders other than its own finds its settings and its default store in its own folder:
/// a write made from one folder is there when started from another, and nothing is created where it was started.
/// </summary>
public sealed class WorkingDirectoryTests : IDisposable
{
    private const string Key = "curator-key-for-working-directory-test";
    private const string Environment = "WorkingDirectoryProbe";

    private readonly string _appData = Path.Combine(ApiProcess.ApplicationFolder, "App_Data");
    private readonly string _settings = Path.Combine(ApiProcess.ApplicationFolder, $"appsettings.{Environment}.json");
    private readonly DirectoryInfo _first = Directory.CreateTempSubdirectory("graphplan-cwd-first");
    private readonly DirectoryInfo _second = Directory.CreateTempSubdirectory("graphplan-cwd-second");

    public void Dispose()
    {
        DeleteDefaultStore();
        File.Delete(_settings);
        _first.Delete(recursive: true);
        _second.Delete(recursive: true);
    }

    [Fact]
    public async Task Started_from_other_folders_the_api_uses_its_own_settings_and_store()
    {
        DeleteDefaultStore();
        await File.WriteAllTextAsync(_settings, """{ "GraphQL": { "Introspection": false } }""");
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = Environment,
            ["Curation__Keys__0__Name"] = "alice",
            ["Curation__Keys__0__Role"] = "curator",
            ["Curation__Keys__0__Sha256"] = ApiKeyAuthenticationHandler.Hash(Key),
        };

        using (var api = await ApiProcess.StartAsync(environment, _first.FullName))
        {
            using var client = Client(api);
            var introspection = await PostAsync(client, "{ __schema { queryType { name } } }");
            Assert.Equal("INTROSPECTION_DISABLED", introspection.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
            var write = await PostAsync(client, """
                mutation { upsertEntity(input: {id: "organization:tsinghua-yangtze-delta-institute", kind: ORGANIZATION, name: "浙江清华长三角研究院",
                  nameEn: "Written from another folder", attributes: [{key: "orgType", value: "research"}],
                  provenance: [{section: "section:3.2", quote: "依托浙江清华长三角研究院的人才、技术及产业资源集聚优势"}]}) { entity { nameEn } } }
                """);
            Assert.Equal("Written from another folder", write.GetProperty("data").GetProperty("upsertEntity").GetProperty("entity").GetProperty("nameEn").GetString());
        }

        using (var api = await ApiProcess.StartAsync(environment, _second.FullName))
        {
            using var client = Client(api);
            var read = await PostAsync(client, """{ node(id: "organization:tsinghua-yangtze-delta-institute") { nameEn } }""");
            Assert.Equal("Written from another folder", read.GetProperty("data").GetProperty("node").GetProperty("nameEn").GetString());
        }

        Assert.True(File.Exists(Path.Combine(_appData, "graphplan.db")));
        Assert.Empty(_first.EnumerateFileSystemInfos());
        Assert.Empty(_second.EnumerateFileSystemInfos());
    }

    private static HttpClient Client(ApiProcess api)
    {
        var client = new HttpClient { BaseAddress = api.Address, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        return client;
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string query)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query });
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private void DeleteDefaultStore()
    {
        TemporaryFolder.Delete(_appData);
    }
}
