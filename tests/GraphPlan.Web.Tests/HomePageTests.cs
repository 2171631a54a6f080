using Microsoft.Playwright;

namespace GraphPlan.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class HomePageTests(BrowserSession session)
{
    [Fact]
    public async Task The_home_page_counts_what_the_graph_holds_and_links_to_the_explorer_and_the_IDE()
    {
        await using var browser = await session.OpenAsync("/");
        var page = browser.Page;
        var statistics = await session.QueryAsync("{ statistics { entityCount relationshipCount } }");
        var entities = statistics.GetProperty("statistics").GetProperty("entityCount").GetInt32();

        await Assertions.Expect(page.Locator("#stats-status")).ToContainTextAsync($"{entities:N0} entities");
        await Assertions.Expect(page.Locator("#stats tfoot")).ToContainTextAsync($"{entities:N0}");
        Assert.Equal("/explore", await page.Locator("#link-explore").GetAttributeAsync("href"));
        Assert.Equal("/graphiql", await page.Locator("#link-graphiql").GetAttributeAsync("href"));
        await browser.ScreenshotAsync("home.png");

        await page.Locator("#link-explore").ClickAsync();
        await page.WaitForURLAsync("**/explore");
        await browser.WaitForDrawAsync();
        browser.AssertClean();
    }

    [Fact]
    public async Task Opening_the_graphql_endpoint_in_a_browser_lands_in_GraphiQL()
    {
        await using var browser = await session.OpenAsync("/graphql");
        await browser.Page.Locator(".graphiql-tab").First.WaitForAsync(new() { Timeout = 60_000 });
        Assert.EndsWith("/graphiql", browser.Page.Url, StringComparison.Ordinal);
        browser.AssertClean();
    }
}
