using System.Globalization;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace GraphPlan.Web.Tests;

/// <summary>
/// A 500-node neighborhood (the API's cap) drawn in the explorer on a generated graph. The time is measured and
/// recorded (screenshots/timings.txt and the test output), not asserted: it depends on the machine.
/// </summary>
[Collection(LargeGraphCollection.Name)]
public sealed class LargeNeighborhoodTests(GeneratedGraphSession session, ITestOutputHelper output)
{
    [Fact]
    public async Task A_500_node_neighborhood_is_drawn_and_its_drawing_time_recorded()
    {
        var hub = await FindHubAsync();
        await using var browser = await session.OpenAsync($"/explore?id={Uri.EscapeDataString(hub)}&depth=2&lang=en");
        var page = browser.Page;
        var started = DateTime.UtcNow;
        await browser.WaitForDrawAsync();
        var wall = DateTime.UtcNow - started;

        var nodes = await browser.NodeIdsAsync();
        Assert.Equal(500, nodes.Length);
        var edges = await page.EvaluateAsync<int>("() => window.__graphplan.cy.edges().length");
        var fetchMs = await page.EvaluateAsync<double>("() => window.__graphplan.lastFetchMs");
        var drawMs = await page.EvaluateAsync<double>("() => window.__graphplan.lastDrawMs");

        await browser.ScreenshotAsync("explorer-500-nodes.png");

        // Still responsive: a pan and a zoom are answered, and a tap opens the panel.
        var zoom = await page.EvaluateAsync<double>("() => { const cy = window.__graphplan.cy; cy.zoom(cy.zoom() * 1.5); cy.panBy({ x: 40, y: 20 }); return cy.zoom(); }");
        Assert.True(zoom > 0);
        await page.EvaluateAsync("id => window.__graphplan.cy.getElementById(id).emit('tap')", nodes[1]);
        await Assertions.Expect(page.Locator(".entity-id")).ToHaveTextAsync(nodes[1]);

        var line = string.Create(CultureInfo.InvariantCulture,
            $"{DateTime.UtcNow:u} 500-node neighborhood of {hub} (depth 2, {edges} edges, generated graph of {GeneratedGraphSession.Entities}): fetch {fetchMs:F0} ms, layout and first render {drawMs:F0} ms, page open to drawn {wall.TotalMilliseconds:F0} ms");
        output.WriteLine(line);
        await File.AppendAllTextAsync(Path.Combine(BrowserSession.ScreenshotDirectory, "timings.txt"), line + Environment.NewLine);
        browser.AssertClean();
    }

    /// <summary>An industry whose two-hop neighborhood fills the 500-node cap.</summary>
    private async Task<string> FindHubAsync()
    {
        var industries = await session.QueryAsync("{ entities(kinds: [INDUSTRY, PLATFORM], first: 30) { nodes { id } } }");
        foreach (var id in industries.GetProperty("entities").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!))
        {
            var around = await session.QueryAsync("query($id: ID!) { neighborhood(id: $id, depth: 2, maxNodes: 500) { nodes { id } } }", new { id });
            if (around.GetProperty("neighborhood").GetProperty("nodes").GetArrayLength() == 500)
            {
                return id;
            }
        }

        throw new InvalidOperationException("No industry or platform of the generated graph has a 500-node two-hop neighborhood.");
    }
}

[CollectionDefinition(Name)]
public sealed class LargeGraphCollection : ICollectionFixture<GeneratedGraphSession>
{
    public const string Name = "large graph";
}
