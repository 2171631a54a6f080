using System.Net;
using System.Text.Json;
using GraphPlan.Storage.Embedded;
using GraphPlan.Storage.Neo4j;
using Microsoft.Extensions.Options;

namespace GraphPlan.Api.Tests.BadInput;

/// <summary>Matrix group H: <c>/health</c> says 503 (not 500) while the store is down, with the failure each store really throws.</summary>
public sealed class H_StoreDownTests : IDisposable
{
    private readonly BadInputApiFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task H1_health_is_503_while_neo4j_cannot_be_reached()
    {
        var options = new Neo4jOptions { Uri = new Uri("http://127.0.0.1:9"), Password = "x", RetryAttempts = 0, Timeout = TimeSpan.FromSeconds(5) };
        using var http = new HttpClient();
        var neo4j = new Neo4jGraphStore(new Neo4jQueryClient(http, Options.Create(options)));
        var down = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => neo4j.GetStatisticsAsync());

        await AssertUnavailableAsync(down);
    }

    [Fact]
    public async Task H1_health_is_503_while_the_embedded_file_cannot_be_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"graphplan-not-a-db-{Guid.NewGuid():N}.db");
        await File.WriteAllTextAsync(path, new string('x', 8192));
        Exception down;
        try
        {
            down = Assert.ThrowsAny<Exception>(() => new EmbeddedGraphStore(new EmbeddedStoreOptions { Path = path }).Dispose());
        }
        finally
        {
            File.Delete(path);
        }

        await AssertUnavailableAsync(down);
    }

    private async Task AssertUnavailableAsync(Exception down)
    {
        using var client = _factory.CreateClient();
        using (var up = await client.GetAsync(new Uri("/health", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, up.StatusCode);
        }

        _factory.Faults.Outage = down;
        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        Assert.Equal("unavailable", json.RootElement.GetProperty("status").GetString());
        Assert.DoesNotContain("127.0.0.1", body, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath(), body, StringComparison.Ordinal);
    }
}
