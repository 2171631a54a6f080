using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using GraphPlan.Api.Security;
using GraphPlan.Testing;

namespace GraphPlan.Api.Tests;

/// <summary>Nothing acknowledged is lost: the API is killed (SIGKILL) in the middle of a burst of curated writes.</summary>
public sealed class CrashDurabilityTests : IDisposable
{
    private const string Key = "crash-test-curator-key";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("graphplan-crash");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Every_acknowledged_write_is_there_after_a_kill_and_restart()
    {
        var environment = new Dictionary<string, string>
        {
            ["Store__Embedded__Path"] = Path.Combine(_folder.FullName, "graph.db"),
            ["Seed__Path"] = RepositoryPaths.Seed,
            ["RateLimiting__Enabled"] = "false",
            ["Curation__Keys__0__Name"] = "burst",
            ["Curation__Keys__0__Role"] = "curator",
            ["Curation__Keys__0__Sha256"] = ApiKeyAuthenticationHandler.Hash(Key),
        };
        var acknowledged = new ConcurrentBag<string>();
        using (var api = await ApiProcess.StartAsync(environment))
        {
            using var client = new HttpClient { BaseAddress = api.Address, Timeout = TimeSpan.FromSeconds(10) };
            client.DefaultRequestHeaders.Add("X-Api-Key", Key);
            using var stop = new CancellationTokenSource();
            var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
            {
                for (var i = 0; i < 500 && !stop.IsCancellationRequested; i++)
                {
                    var id = $"project:burst-{w}-{i}";
                    try
                    {
                        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query = Mutation(id) });
                        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
                        if (response.IsSuccessStatusCode && !body.RootElement.TryGetProperty("errors", out _))
                        {
                            acknowledged.Add(id);
                        }
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
                    {
                        return; // the server is gone: writes after this were never acknowledged
                    }
                }
            })).ToList();

            var deadline = DateTime.UtcNow.AddSeconds(20);
            while (acknowledged.Count < 60 && DateTime.UtcNow < deadline)
            {
                await Task.Delay(10);
            }

            api.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(writers);
        }

        Assert.True(acknowledged.Count >= 60, $"only {acknowledged.Count} writes were acknowledged before the kill");
        using var restarted = await ApiProcess.StartAsync(environment);
        using var reader = new HttpClient { BaseAddress = restarted.Address };
        foreach (var chunk in acknowledged.Chunk(100))
        {
            var ids = string.Join(", ", chunk.Select(id => $"\"{id}\""));
            using var response = await reader.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query = $"{{ nodes(ids: [{ids}]) {{ id version }} }}" });
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var found = body.RootElement.GetProperty("data").GetProperty("nodes").EnumerateArray().ToList();
            Assert.All(found, n => Assert.Equal(JsonValueKind.Object, n.ValueKind));
        }
    }

    private static string Mutation(string id) => $$"""
        mutation { upsertEntity(input: {id: "{{id}}", kind: PROJECT, name: "突发写入", nameEn: "Burst write",
          provenance: [{section: "section:3.2", quote: "加氢站"}]}) { audit { sequence } } }
        """;
}
