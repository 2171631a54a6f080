using System.Text.Json;
using GraphPlan.Testing;
using Microsoft.Playwright;

namespace GraphPlan.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ExplorerTests(BrowserSession session)
{
    private const string LiquidHydrogenPlant = "project:commercial-liquid-hydrogen-plant";
    private const string HydrogenTarget = "target:hydrogen-output-2025";

    [Fact]
    public async Task Searching_液氢_and_hydrogen_suggests_what_the_API_finds_and_picking_one_draws_its_neighbors()
    {
        await using var browser = await session.OpenAsync("/explore?lang=zh");
        var page = browser.Page;
        await browser.WaitForDrawAsync();

        var chinese = await SuggestAsync(page, "液氢");
        Assert.Equal(await ApiSearchAsync("液氢"), chinese);
        Assert.Contains(LiquidHydrogenPlant, chinese);

        var english = await SuggestAsync(page, "hydrogen");
        Assert.Equal(await ApiSearchAsync("hydrogen"), english);
        Assert.Contains("industry:hydrogen", english);

        await SuggestAsync(page, "液氢");
        var draws = await browser.DrawsAsync();
        await page.Locator($"#suggestions li[data-id='{LiquidHydrogenPlant}']").ClickAsync();
        await browser.WaitForDrawAsync(draws);

        var drawn = await browser.NodeIdsAsync();
        var related = await session.QueryAsync("query($id: ID!) { node(id: $id) { related { entity { id } } } }", new { id = LiquidHydrogenPlant });
        var neighbors = related.GetProperty("node").GetProperty("related").EnumerateArray().Select(r => r.GetProperty("entity").GetProperty("id").GetString()!).ToList();
        Assert.NotEmpty(neighbors);
        Assert.Contains(LiquidHydrogenPlant, drawn);
        Assert.All(neighbors, n => Assert.Contains(n, drawn));
        Assert.Equal([LiquidHydrogenPlant], await browser.NodeIdsAsync("node.focus"));
        Assert.Contains($"id={LiquidHydrogenPlant}", page.Url, StringComparison.Ordinal);

        // The side panel: both names and a quote that is in the plan, with its section.
        await Assertions.Expect(page.Locator(".entity-name")).ToHaveTextAsync("国内首座商用液氢工厂");
        await Assertions.Expect(page.Locator(".entity-name-alt")).ToHaveTextAsync("China's first commercial liquid-hydrogen plant");
        var quotes = await page.Locator(".quote blockquote").AllInnerTextsAsync();
        Assert.NotEmpty(quotes);
        var plan = await File.ReadAllTextAsync(RepositoryPaths.PlanText);
        Assert.All(quotes, q => Assert.Contains(q, plan, StringComparison.Ordinal));
        Assert.NotEmpty((await page.Locator(".quote .section").First.InnerTextAsync()).Trim());
        await browser.ScreenshotAsync("explorer-liquid-hydrogen-plant.png");
        browser.AssertClean();
    }

    [Fact]
    public async Task The_supporters_deep_link_draws_every_supporter_with_its_path_highlighted_and_survives_a_reload()
    {
        await using var browser = await session.OpenAsync($"/explore?id={HydrogenTarget}&view=supporters&lang=en");
        var page = browser.Page;
        await browser.WaitForDrawAsync();

        var api = await session.QueryAsync(
            "query($id: ID!) { node(id: $id) { ... on Target { supporters(maxDepth: 3) { nodes { entity { id } path { edgeId } } } } } }",
            new { id = HydrogenTarget });
        var supporters = api.GetProperty("node").GetProperty("supporters").GetProperty("nodes").EnumerateArray().ToList();
        var supporterIds = supporters.Select(s => s.GetProperty("entity").GetProperty("id").GetString()!).ToList();
        Assert.Contains(LiquidHydrogenPlant, supporterIds);
        Assert.Equal(supporterIds.Order(), (await browser.NodeIdsAsync("node.supporter")).Order());
        var pathEdges = supporters.SelectMany(s => s.GetProperty("path").EnumerateArray().Select(p => p.GetProperty("edgeId").GetString()!)).Distinct().ToList();
        Assert.Equal(pathEdges.Order(), (await browser.NodeIdsAsync("edge.path")).Order());
        await Assertions.Expect(page.Locator(".supporters li")).ToHaveCountAsync(supporterIds.Count);

        // Picking one supporter in the list singles out its path.
        var plantPath = supporters.Single(s => s.GetProperty("entity").GetProperty("id").GetString() == LiquidHydrogenPlant)
            .GetProperty("path").EnumerateArray().Select(p => p.GetProperty("edgeId").GetString()!).ToList();
        await page.Locator($".supporters li[data-id='{LiquidHydrogenPlant}'] button").ClickAsync();
        Assert.Equal(plantPath.Order(), (await browser.NodeIdsAsync("edge.active-path")).Order());
        await Assertions.Expect(page.Locator(".entity-name")).ToHaveTextAsync("China's first commercial liquid-hydrogen plant");
        await browser.ScreenshotAsync("explorer-hydrogen-supporters-path.png");
        await page.Locator("#graph").ClickAsync(new LocatorClickOptions { Position = new Position { X = 5, Y = 5 } });
        Assert.Empty(await browser.NodeIdsAsync("edge.active-path"));
        await browser.ScreenshotAsync("explorer-hydrogen-supporters.png");

        var before = (await browser.NodeIdsAsync()).Order().ToList();
        await page.ReloadAsync();
        await browser.WaitForDrawAsync();
        Assert.Equal(before, (await browser.NodeIdsAsync()).Order().ToList());
        Assert.Equal(supporterIds.Order(), (await browser.NodeIdsAsync("node.supporter")).Order());
        var state = await page.EvaluateAsync<JsonElement>("() => window.__graphplan.state()");
        Assert.Equal(HydrogenTarget, state.GetProperty("id").GetString());
        Assert.Equal("supporters", state.GetProperty("view").GetString());
        browser.AssertClean();
    }

    [Fact]
    public async Task The_language_toggle_relabels_the_graph_and_the_panel_and_is_kept_in_the_link()
    {
        await using var browser = await session.OpenAsync($"/explore?id={LiquidHydrogenPlant}&lang=zh");
        var page = browser.Page;
        await browser.WaitForDrawAsync();
        const string Display = "id => window.__graphplan.cy.getElementById(id).data('display')";
        Assert.Equal("国内首座商用液氢工厂", await page.EvaluateAsync<string>(Display, LiquidHydrogenPlant));
        Assert.Equal("zh", await page.Locator("html").GetAttributeAsync("lang"));

        await page.Locator("#lang-en").ClickAsync();
        Assert.Equal("China's first commercial liquid-hydrogen plant", await page.EvaluateAsync<string>(Display, LiquidHydrogenPlant));
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(page.Locator(".entity-name")).ToHaveTextAsync("China's first commercial liquid-hydrogen plant");
        var edgeLabels = await page.EvaluateAsync<string[]>("() => window.__graphplan.cy.edges().map(e => e.data('display'))");
        Assert.Contains("supports", edgeLabels);
        Assert.Contains("lang=en", page.Url, StringComparison.Ordinal);

        await page.ReloadAsync();
        await browser.WaitForDrawAsync();
        Assert.Equal("China's first commercial liquid-hydrogen plant", await page.EvaluateAsync<string>(Display, LiquidHydrogenPlant));
        browser.AssertClean();
    }

    [Fact]
    public async Task Expanding_filtering_and_exporting_work_on_what_is_shown()
    {
        await using var browser = await session.OpenAsync("/explore?id=industry:hydrogen&lang=en");
        var page = browser.Page;
        var draws = await browser.WaitForDrawAsync();
        var first = await browser.NodeIdsAsync();

        // Click a neighbor (through the graph library, the canvas has no DOM), then expand it from the panel.
        const string Neighbor = "project:commercial-liquid-hydrogen-plant";
        Assert.Contains(Neighbor, first);
        await page.EvaluateAsync("id => window.__graphplan.cy.getElementById(id).emit('tap')", Neighbor);
        await Assertions.Expect(page.Locator(".entity-name")).ToHaveTextAsync("China's first commercial liquid-hydrogen plant");
        await page.Locator("[data-action=expand]").ClickAsync();
        draws = await browser.WaitForDrawAsync(draws);
        var expanded = await browser.NodeIdsAsync();
        var around = await session.QueryAsync("query($id: ID!) { neighborhood(id: $id) { nodes { id } } }", new { id = Neighbor });
        Assert.All(around.GetProperty("neighborhood").GetProperty("nodes").EnumerateArray(), n => Assert.Contains(n.GetProperty("id").GetString()!, expanded));
        Assert.Superset(first.ToHashSet(), expanded.ToHashSet());
        Assert.Contains($"expand={Neighbor}", page.Url, StringComparison.Ordinal);

        // Hiding projects hides them from the view and from the export.
        Assert.NotEmpty(await browser.NodeIdsAsync("node[kind = 'PROJECT']"));
        await page.Locator("#kind-PROJECT").UncheckAsync();
        Assert.Empty(await browser.NodeIdsAsync("node[kind = 'PROJECT']:visible"));
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-json").ClickAsync());
        var exported = JsonDocument.Parse(await File.ReadAllTextAsync((await download.PathAsync())!)).RootElement;
        var exportedNodes = exported.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal((await browser.NodeIdsAsync("node:visible")).Length, exportedNodes.Count);
        Assert.DoesNotContain(exportedNodes, n => n.GetProperty("kind").GetString() == "PROJECT");
        Assert.All(exported.GetProperty("edges").EnumerateArray(), e =>
            Assert.Contains(exportedNodes, n => n.GetProperty("id").GetString() == e.GetProperty("source").GetString()));

        var png = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export-png").ClickAsync());
        var bytes = await File.ReadAllBytesAsync((await png.PathAsync())!);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes.Take(4));

        browser.AssertClean();
    }

    [Fact]
    public async Task Relationship_filters_and_depth_are_asked_of_the_API_and_kept_in_the_link()
    {
        await using var browser = await session.OpenAsync("/explore?id=industry:hydrogen&lang=en");
        var page = browser.Page;
        var draws = await browser.WaitForDrawAsync();
        Assert.NotEmpty(await browser.NodeIdsAsync("edge[kind = 'BELONGS_TO_INDUSTRY']"));

        await page.Locator("#rel-BELONGS_TO_INDUSTRY").UncheckAsync();
        draws = await browser.WaitForDrawAsync(draws);
        Assert.Empty(await browser.NodeIdsAsync("edge[kind = 'BELONGS_TO_INDUSTRY']"));
        Assert.NotEmpty(await browser.NodeIdsAsync("edge"));

        await page.Locator("#depth").SelectOptionAsync("2");
        await browser.WaitForDrawAsync(draws);
        var kinds = new[] { "SUPPORTS", "MEASURED_BY", "HAS_TARGET", "FOCUSES_ON", "HOSTED_ON", "PART_OF", "LOCATED_IN", "COOPERATES_WITH", "DEPENDS_ON", "MENTIONED_IN" };
        var expected = await session.QueryAsync(
            "query($kinds: [RelationshipKind!]) { neighborhood(id: \"industry:hydrogen\", depth: 2, kinds: $kinds, maxNodes: 500) { nodes { id } } }",
            new { kinds });
        Assert.Equal(
            expected.GetProperty("neighborhood").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()!).Order(),
            (await browser.NodeIdsAsync()).Order());
        Assert.Contains("rels=SUPPORTS,MEASURED_BY,HAS_TARGET,FOCUSES_ON", page.Url, StringComparison.Ordinal);
        Assert.Contains("depth=2", page.Url, StringComparison.Ordinal);
        browser.AssertClean();
    }

    [Fact]
    public async Task An_indicator_shows_its_baseline_actual_and_targets_as_a_chart()
    {
        await using var browser = await session.OpenAsync("/explore?id=indicator:container-throughput&lang=en");
        var page = browser.Page;
        await browser.WaitForDrawAsync();

        var bars = page.Locator(".values-chart rect");
        await Assertions.Expect(bars).ToHaveCountAsync(4);
        var roles = new List<string>();
        foreach (var bar in await bars.AllAsync())
        {
            roles.Add($"{await bar.GetAttributeAsync("data-year")} {await bar.GetAttributeAsync("data-role")}");
        }

        Assert.Equal(["2015 BASELINE", "2020 ACTUAL", "2020 TARGET", "2025 TARGET"], roles);
        await Assertions.Expect(page.Locator(".values-chart")).ToContainTextAsync("400");
        browser.AssertClean();
    }

    private static async Task<string[]> SuggestAsync(IPage page, string text)
    {
        var box = page.Locator("#search");
        await box.FillAsync(string.Empty);
        await box.PressSequentiallyAsync(text);
        await page.WaitForFunctionAsync(
            "text => !document.getElementById('suggestions').hidden && document.querySelectorAll('#suggestions li[data-id]').length > 0 && document.getElementById('search').value === text",
            text);
        // The list belongs to the last keystroke once it stops changing.
        await page.WaitForTimeoutAsync(400);
        return [.. await page.Locator("#suggestions li[data-id]").EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.id)")];
    }

    private async Task<string[]> ApiSearchAsync(string text)
    {
        var data = await session.QueryAsync("query($text: String!) { search(text: $text, first: 10) { hits { entity { id } } } }", new { text });
        return [.. data.GetProperty("search").GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("entity").GetProperty("id").GetString()!)];
    }
}
