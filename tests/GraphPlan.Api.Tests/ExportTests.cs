using System.Net;
using System.Text.Json;
using System.Xml.Linq;

namespace GraphPlan.Api.Tests;

/// <summary>The whole graph over HTTP, in the same formats as the CLI export.</summary>
public sealed class ExportTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task The_json_export_has_as_many_nodes_and_edges_as_the_store()
    {
        using var health = JsonDocument.Parse(await _client.GetStringAsync(new Uri("/health", UriKind.Relative)));
        using var response = await _client.GetAsync(new Uri("/export/graph.json", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var export = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(health.RootElement.GetProperty("entities").GetInt32(), export.RootElement.GetProperty("nodes").GetArrayLength());
        Assert.Equal(health.RootElement.GetProperty("relationships").GetInt32(), export.RootElement.GetProperty("edges").GetArrayLength());
    }

    [Fact]
    public async Task The_graphml_export_parses_and_names_the_hydrogen_industry()
    {
        using var response = await _client.GetAsync(new Uri("/export/graph.graphml", UriKind.Relative));

        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        Assert.Contains(document.Descendants(ns + "node"), n => (string?)n.Attribute("id") == "industry:hydrogen");
    }
}
