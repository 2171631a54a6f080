using System.Security.Cryptography;
using System.Text.Json;
using GraphPlan.Testing;

namespace GraphPlan.Api.Tests.ChangeFeed;

/// <summary>
/// The stream endpoint runs the same documents as /graphql: by documentId, and with TrustedDocuments:Only nothing else,
/// so the production switch cannot be stepped around by asking for text/event-stream.
/// </summary>
public sealed class TrustedStreamTests : IDisposable
{
    private readonly ChangeFeedApiFactory _factory = new(new Dictionary<string, string?> { ["TrustedDocuments:Only"] = "true" });

    public void Dispose() => _factory.Dispose();

    private static CancellationToken Soon => new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token;

    [Theory]
    [InlineData("/graphql/stream")]
    [InlineData("/graphql")]
    public async Task In_trusted_only_mode_a_stream_refuses_a_document_outside_the_manifest(string path)
    {
        await using var stream = await ServerSentEvents.PostAsync(_factory.CreateClient(), "{ statistics { entityCount } }", path: path);

        var next = await stream.ReadEventAsync(Soon);
        Assert.Equal("next", next?.Event);
        Assert.Contains("PERSISTED_DOCUMENT_REQUIRED", next!.Value.Data, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\":{", next.Value.Data, StringComparison.Ordinal);
        Assert.Equal("complete", (await stream.ReadEventAsync(Soon))?.Event);
    }

    [Fact]
    public async Task In_trusted_only_mode_a_stream_runs_a_manifest_document_named_by_its_id()
    {
        var file = Path.Combine(RepositoryPaths.Schema, "queries", "home", "statistics.graphql");
        var id = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(file)));

        await using var stream = await ServerSentEvents.PostBodyAsync(_factory.CreateClient(), new { documentId = id });

        var next = await stream.ReadEventAsync(Soon);
        Assert.Equal("next", next?.Event);
        using var result = JsonDocument.Parse(next!.Value.Data);
        Assert.True(result.RootElement.GetProperty("data").GetProperty("statistics").GetProperty("entityCount").GetInt32() > 0);
        Assert.Equal("complete", (await stream.ReadEventAsync(Soon))?.Event);
    }
}
