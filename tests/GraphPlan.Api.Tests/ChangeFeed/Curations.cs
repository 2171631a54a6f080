using System.Net.Http.Json;
using System.Text.Json;

namespace GraphPlan.Api.Tests.ChangeFeed;

/// <summary>Curations and queries over HTTP, as a curator's or a reader's client sends them.</summary>
public static class Curations
{
    public const string Institute = "organization:tsinghua-yangtze-delta-institute";

    /// <summary>Renames the institute; returns the audit sequence of the write.</summary>
    public static async Task<long> RenameInstituteAsync(HttpClient client, string nameEn)
    {
        var mutation = $$"""
            mutation { upsertEntity(input: {id: "{{Institute}}", kind: ORGANIZATION, name: "浙江清华长三角研究院",
              nameEn: "{{nameEn}}", attributes: [{key: "orgType", value: "research"}],
              provenance: [{section: "section:3.2", quote: "依托浙江清华长三角研究院的人才、技术及产业资源集聚优势"}]}) { audit { sequence } } }
            """;
        using var body = await PostAsync(client, mutation, ApiFactory.CuratorKey);
        return body.RootElement.GetProperty("data").GetProperty("upsertEntity").GetProperty("audit").GetProperty("sequence").GetInt64();
    }

    public static async Task<JsonDocument> PostAsync(HttpClient client, string query, string? apiKey = null, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        using var response = await client.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
