using Microsoft.Playwright;

namespace GraphPlan.Web.Tests;

/// <summary>One page in its own browser context, with what it logged and every request it tried to send elsewhere.</summary>
public sealed class BrowserPage(IBrowserContext context, IPage page, Uri origin) : IAsyncDisposable
{
    private readonly List<string> _consoleErrors = [];
    private readonly List<string> _foreignRequests = [];

    public IPage Page { get; } = page;

    public IReadOnlyList<string> ConsoleErrors => _consoleErrors;

    public IReadOnlyList<string> ForeignRequests => _foreignRequests;

    internal async Task InstallAsync()
    {
        Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _consoleErrors.Add(message.Text);
            }
        };
        Page.PageError += (_, error) => _consoleErrors.Add(error);
        // Every request the page makes passes here: the API's own origin goes through, anything else is recorded and refused.
        await context.RouteAsync("**/*", async route =>
        {
            var url = new Uri(route.Request.Url);
            if (url.Scheme is "http" or "https" && (url.Host != origin.Host || url.Port != origin.Port))
            {
                _foreignRequests.Add(route.Request.Url);
                await route.AbortAsync();
                return;
            }

            await route.ContinueAsync();
        });
    }

    /// <summary>The explorer's test hook (window.__graphplan): waits until a draw after <paramref name="after"/> has finished.</summary>
    public async Task<int> WaitForDrawAsync(int after = 0)
    {
        await Page.WaitForFunctionAsync(
            "after => window.__graphplan && window.__graphplan.draws > after && !window.__graphplan.busy",
            after,
            new PageWaitForFunctionOptions { Timeout = 60_000 });
        return await DrawsAsync();
    }

    public Task<int> DrawsAsync() => Page.EvaluateAsync<int>("() => window.__graphplan ? window.__graphplan.draws : 0");

    public Task<string[]> NodeIdsAsync(string selector = "node") =>
        Page.EvaluateAsync<string[]>("s => window.__graphplan.cy.$(s).map(n => n.id())", selector);

    public async Task ScreenshotAsync(string name) =>
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserSession.ScreenshotDirectory, name) });

    /// <summary>No console error and no request to another host, the two things every page test ends with.</summary>
    public void AssertClean()
    {
        Assert.Empty(ConsoleErrors);
        Assert.Empty(ForeignRequests);
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();
}
