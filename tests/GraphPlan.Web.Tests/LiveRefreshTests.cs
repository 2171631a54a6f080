using System.Net.Http.Json;
using Microsoft.Playwright;

namespace GraphPlan.Web.Tests;

/// <summary>The explorer follows the change feed: a curation of an entity in the open view redraws it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LiveRefreshTests(BrowserSession session)
{
    private const string Institute = "organization:tsinghua-yangtze-delta-institute";
    private const string OriginalName = "Yangtze Delta Region Institute of Tsinghua University, Zhejiang";

    [Fact]
    public async Task When_a_curator_renames_the_entity_in_view_the_page_shows_the_new_name_without_a_reload()
    {
        await using var browser = await session.OpenAsync($"/explore?id={Institute}&lang=en");
        var page = browser.Page;
        await browser.WaitForDrawAsync();
        await Assertions.Expect(page.Locator(".entity-name")).ToHaveTextAsync(OriginalName);
        await page.WaitForFunctionAsync("() => window.__graphplan.liveOpen === true");
        var draws = await browser.DrawsAsync();
        const string Renamed = "Tsinghua Yangtze Delta institute (renamed while shown)";
        try
        {
            await RenameAsync(Renamed);

            await page.WaitForFunctionAsync("() => window.__graphplan.liveRefreshes > 0");
            await browser.WaitForDrawAsync(draws);
            await Assertions.Expect(page.Locator(".entity-name")).ToHaveTextAsync(Renamed);
            Assert.Contains($"id={Institute}", page.Url, StringComparison.Ordinal);
            browser.AssertClean();
        }
        finally
        {
            await RenameAsync(OriginalName);
        }
    }

    private async Task RenameAsync(string nameEn)
    {
        using var client = new HttpClient { BaseAddress = session.Address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new
            {
                query = """
                    mutation($nameEn: String!) { upsertEntity(input: {id: "organization:tsinghua-yangtze-delta-institute", kind: ORGANIZATION,
                      name: "浙江清华长三角研究院", nameEn: $nameEn, attributes: [{key: "orgType", value: "research"}],
                      provenance: [{section: "section:3.2", quote: "依托浙江清华长三角研究院的人才、技术及产业资源集聚优势"}]}) { audit { sequence } } }
                    """,
                variables = new { nameEn },
            }),
        };
        request.Headers.Add("X-Api-Key", BrowserSession.CuratorKey);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode && !body.Contains("\"errors\"", StringComparison.Ordinal), body);
    }
}
