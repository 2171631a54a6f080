using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using GraphPlan.Api.Tests;
using GraphPlan.Testing;
using Microsoft.Playwright;

namespace GraphPlan.Web.Tests;

/// <summary>
/// The built API as a process on a free loopback port (a fresh embedded store loading the plan), and Debian's Chromium
/// driven by Playwright. Shared by every browser test of the collection.
/// </summary>
public class BrowserSession : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>A curator key of the API under test, for tests that change the graph while a page shows it.</summary>
    public const string CuratorKey = "browser-tests-curator-key";

    /// <summary>Flags that keep Chromium on this machine: no sandbox (root), no GPU, no calls home.</summary>
    public static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "graphplan-web-tests", Guid.NewGuid().ToString("N"));
    private ApiProcess? _api;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri Address => _api!.Address;

    public IBrowser Browser => _browser!;

    public static string ScreenshotDirectory { get; } = typeof(BrowserSession).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ScreenshotDirectory").Value!;

    /// <summary>Extra configuration for the API (a subclass may point it at a generated graph).</summary>
    protected virtual Task<Dictionary<string, string>> EnvironmentAsync(string folder) => Task.FromResult(new Dictionary<string, string>());

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        Directory.CreateDirectory(ScreenshotDirectory);
        var environment = await EnvironmentAsync(_folder);
        environment.TryAdd("ASPNETCORE_ENVIRONMENT", "Production");
        environment.TryAdd("Store__Kind", "embedded");
        environment.TryAdd("Store__Embedded__Path", Path.Combine(_folder, "graph.db"));
        environment.TryAdd("Curation__Keys__0__Name", "browser-tests");
        environment.TryAdd("Curation__Keys__0__Role", "curator");
        environment.TryAdd("Curation__Keys__0__Sha256", Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(CuratorKey))));
        _api = await ApiProcess.StartAsync(environment);

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        _api?.Dispose();
        TemporaryFolder.Delete(_folder);
    }

    /// <summary>A fresh browser context and page that record console errors and any request leaving the API's origin.</summary>
    public async Task<BrowserPage> OpenAsync(string path, string locale = "en-US", int width = 1500, int height = 950)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Address.ToString(),
            Locale = locale,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
        });
        var page = new BrowserPage(context, await context.NewPageAsync(), Address);
        await page.InstallAsync();
        await page.Page.GotoAsync(path);
        return page;
    }

    /// <summary>A GraphQL query straight to the API, to compare what the page shows with what the API says.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        using var client = new HttpClient { BaseAddress = Address };
        using var response = await client.PostAsJsonAsync(new Uri("/graphql", UriKind.Relative), new { query, variables });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        if (json.RootElement.TryGetProperty("errors", out var errors))
        {
            throw new InvalidOperationException($"GraphQL errors: {errors}");
        }

        return json.RootElement.GetProperty("data").Clone();
    }
}
