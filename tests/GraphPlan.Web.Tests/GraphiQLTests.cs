using Microsoft.Playwright;

namespace GraphPlan.Web.Tests;

[Collection(BrowserCollection.Name)]
public sealed class GraphiQLTests(BrowserSession session)
{
    [Fact]
    public async Task GraphiQL_runs_the_hydrogen_supporters_example_and_shows_the_supporters()
    {
        await using var browser = await session.OpenAsync("/graphiql");
        var page = browser.Page;

        // The example operations are offered as tabs, the hydrogen question first.
        await page.Locator(".graphiql-tab").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        var tabs = await page.Locator(".graphiql-tab").AllInnerTextsAsync();
        Assert.Contains(tabs, t => t.Contains("HydrogenSupporters", StringComparison.Ordinal));
        Assert.Contains(tabs, t => t.Contains("ContainerThroughput", StringComparison.Ordinal));

        // Run once the editor holds the operation (Monaco starts after the tabs are drawn).
        await Assertions.Expect(page.Locator(".graphiql-query-editor")).ToContainTextAsync("HydrogenSupporters", new LocatorAssertionsToContainTextOptions { Timeout = 60_000 });
        await page.Locator(".graphiql-execute-button").ClickAsync();
        var response = page.Locator(".graphiql-response");
        try
        {
            await Assertions.Expect(response).ToContainTextAsync("\"totalCount\": 10", new LocatorAssertionsToContainTextOptions { Timeout = 60_000 });
        }
        catch (PlaywrightException)
        {
            await browser.ScreenshotAsync("graphiql-failed.png");
            throw;
        }

        // The editor draws only the lines in view: the first supporters, each with the path that connects it.
        await Assertions.Expect(response).ToContainTextAsync("\"supporters\"");
        await Assertions.Expect(response).ToContainTextAsync("\"kind\": \"SUPPORTS\"");
        await Assertions.Expect(response).ToContainTextAsync("氢能产业产值力争突破100亿元");
        await browser.ScreenshotAsync("graphiql-hydrogen-supporters.png");
        browser.AssertClean();
    }

    [Fact]
    public async Task GraphiQL_shows_the_schema_docs_and_an_X_Api_Key_header_editor()
    {
        await using var browser = await session.OpenAsync("/graphiql");
        var page = browser.Page;
        await page.Locator(".graphiql-tab").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });

        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Headers" }).ClickAsync();
        await Assertions.Expect(page.Locator(".graphiql-editor-tool")).ToContainTextAsync("X-Api-Key");

        await page.GetByLabel("Show Documentation Explorer").ClickAsync();
        var docs = page.Locator(".graphiql-doc-explorer");
        await Assertions.Expect(docs).ToContainTextAsync("Query", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
        await docs.GetByText("Query", new LocatorGetByTextOptions { Exact = true }).First.ClickAsync();
        await Assertions.Expect(docs).ToContainTextAsync("neighborhood");
        await Assertions.Expect(docs).ToContainTextAsync("statistics");
        browser.AssertClean();
    }
}
