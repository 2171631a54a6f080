using System.Net.Http.Headers;
using System.Text.Json;

namespace GraphPlan.Storage.Neo4j.Tests.Fakes;

/// <summary>What the adapter sent: the URL, the headers that matter, and the JSON body.</summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Uri, AuthenticationHeaderValue? Authorization, string? ContentType, JsonElement Body)
{
    public string Statement => Body.GetProperty("statement").GetString()!;

    public JsonElement Parameters => Body.GetProperty("parameters");

    public string? AccessMode => Body.TryGetProperty("accessMode", out var mode) ? mode.GetString() : null;
}
