using System.Net;
using System.Net.Http.Headers;
using GraphPlan.Testing;

namespace GraphPlan.Api.Tests;

/// <summary>The browser-facing answers of the host: the home page by Accept, the IDE redirect, the SDL and examples.</summary>
public sealed class WebPagesHttpTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient(new() { AllowAutoRedirect = false });

    [Fact]
    public async Task The_root_answers_a_browser_with_the_home_page_and_other_clients_with_plain_text()
    {
        using var plain = await _client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal("text/plain", plain.Content.Headers.ContentType?.MediaType);
        Assert.Contains("POST /graphql", await plain.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        using var page = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("href=\"/explore\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/graphiql\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/schema.graphql\"", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'self'", string.Join(";", page.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_browser_opening_the_graphql_endpoint_is_sent_to_GraphiQL_and_API_clients_still_get_GraphQL_errors()
    {
        using var browser = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        browser.Headers.Accept.ParseAdd("text/html,*/*;q=0.8");
        using var redirected = await _client.SendAsync(browser);
        Assert.Equal(HttpStatusCode.Redirect, redirected.StatusCode);
        Assert.Equal("/graphiql", redirected.Headers.Location?.ToString());

        using var api = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        api.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var missingQuery = await _client.SendAsync(api);
        Assert.Equal(HttpStatusCode.BadRequest, missingQuery.StatusCode);

        using var query = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=%7B__typename%7D");
        query.Headers.Accept.ParseAdd("text/html,application/json;q=0.9");
        using var answered = await _client.SendAsync(query);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Contains("\"Query\"", await answered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_schema_and_the_example_operations_are_served_as_the_repository_has_them()
    {
        Assert.Equal(
            await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Schema, "schema.graphql")),
            await _client.GetStringAsync(new Uri("/schema.graphql", UriKind.Relative)));
        Assert.Equal(
            await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Schema, "queries", "hydrogen-supporters.graphql")),
            await _client.GetStringAsync(new Uri("/queries/hydrogen-supporters.graphql", UriKind.Relative)));

        foreach (var outside in (string[])["/queries/..%2F..%2Fappsettings.json", "/queries/../schema.graphql.bak", "/queries/missing.graphql"])
        {
            using var response = await _client.GetAsync(new Uri(outside, UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }
}
