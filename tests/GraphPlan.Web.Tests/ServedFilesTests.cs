using System.Net;
using System.Text.RegularExpressions;

namespace GraphPlan.Web.Tests;

/// <summary>What the API serves for the pages: nothing that points a browser at another host, and the right headers.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ServedFilesTests(BrowserSession session)
{
    /// <summary>
    /// Hosts that occur in the bundled libraries as text a browser never fetches: identifiers of XML and JSON-schema
    /// namespaces, and documentation links in error messages, markdown samples and the IDE's help (which a user may
    /// click, leaving the page). The browser tests prove the pages request nothing from them (or anywhere else), and
    /// the Content-Security-Policy would refuse it.
    /// </summary>
    private static readonly Dictionary<string, string> _neverFetched = new(StringComparer.OrdinalIgnoreCase)
    {
        ["www.w3.org"] = "SVG/XHTML/MathML namespace identifiers",
        ["json-schema.org"] = "JSON-schema $schema identifiers in Monaco's JSON language service",
        ["github.com"] = "GraphiQL logo link and error messages pointing at documentation",
        ["code.visualstudio.com"] = "links in GraphiQL's keyboard-shortcut dialog and Monaco messages",
        ["react.dev"] = "React's minified-error decoder URL in error messages",
        ["prettier.io"] = "Prettier's error messages",
        ["yarnpkg.com"] = "a comment in a bundled library",
        ["en.wikipedia.org"] = "a scalar's description text (Float: IEEE 754)",
        ["commonmark.org"] = "a directive's description text",
        ["microsoft.com"] = "a markdown link sample in Monaco",
    };

    private static string WebRoot => Path.Combine(Path.GetDirectoryName(typeof(Program).Assembly.Location)!, "web");

    [Fact]
    public async Task No_served_page_script_or_stylesheet_names_another_host_except_never_fetched_identifiers()
    {
        using var client = new HttpClient { BaseAddress = session.Address };
        var files = Directory.EnumerateFiles(WebRoot, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".html" or ".js" or ".css")
            .Select(f => "/" + Path.GetRelativePath(WebRoot, f).Replace('\\', '/'))
            .ToList();
        Assert.Contains("/index.html", files);
        Assert.Contains(files, f => f.StartsWith("/assets/explore-", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("/assets/graphiql-", StringComparison.Ordinal));

        var offending = new List<string>();
        var hostsSeen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            using var response = await client.GetAsync(new Uri(file, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = await response.Content.ReadAsStringAsync();
            foreach (Match match in ExternalUrl().Matches(text))
            {
                var host = match.Groups["host"].Value;
                if (host is "localhost" or "127.0.0.1" || host.StartsWith("${", StringComparison.Ordinal) || host.Length == 0)
                {
                    continue;
                }

                hostsSeen.Add(host);
                if (!_neverFetched.ContainsKey(host))
                {
                    offending.Add($"{file}: {match.Value}");
                }
            }
        }

        Assert.Empty(offending);
        // The scan did read the bundles (GraphiQL's carries namespace identifiers).
        Assert.Contains("www.w3.org", hostsSeen);
    }

    [Fact]
    public async Task Hashed_assets_are_cached_for_a_year_pages_are_revalidated_and_both_are_compressed_under_the_CSP()
    {
        using var handler = new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None };
        using var client = new HttpClient(handler) { BaseAddress = session.Address };
        var asset = "/assets/" + Path.GetFileName(Directory.EnumerateFiles(Path.Combine(WebRoot, "assets"), "explore-*.js").First());

        using var assetRequest = new HttpRequestMessage(HttpMethod.Get, asset);
        assetRequest.Headers.AcceptEncoding.ParseAdd("br");
        using var assetResponse = await client.SendAsync(assetRequest);
        Assert.Equal(HttpStatusCode.OK, assetResponse.StatusCode);
        Assert.Equal("public, max-age=31536000, immutable", assetResponse.Headers.CacheControl?.ToString());
        Assert.Contains("br", assetResponse.Content.Headers.ContentEncoding);
        Assert.True(assetResponse.Content.Headers.ContentLength is null or > 0);

        foreach (var page in (string[])["/explore", "/graphiql"])
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, page);
            request.Headers.Accept.ParseAdd("text/html");
            request.Headers.AcceptEncoding.ParseAdd("gzip");
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            Assert.True(response.Headers.CacheControl?.NoCache, $"{page} must be revalidated");
            Assert.Contains("gzip", response.Content.Headers.ContentEncoding);
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("'unsafe-inline'", csp.Split(';').Single(d => d.Trim().StartsWith("script-src", StringComparison.Ordinal)), StringComparison.Ordinal);
        }

        // The built pages carry no inline script for the CSP to refuse.
        foreach (var html in Directory.EnumerateFiles(WebRoot, "*.html", SearchOption.AllDirectories))
        {
            Assert.DoesNotMatch(InlineScript(), await File.ReadAllTextAsync(html));
        }
    }

    [GeneratedRegex(@"https?://(?<host>[^/\s""'`)\\<>:;,]*)", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalUrl();

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();
}
