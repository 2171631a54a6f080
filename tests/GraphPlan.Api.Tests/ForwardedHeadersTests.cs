using System.Net;
using System.Text;
using GraphPlan.Api.Tests.BadInput;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace GraphPlan.Api.Tests;

/// <summary>
/// <c>X-Forwarded-For</c> decides the rate-limit partition only when turned on and only from a configured proxy; the
/// test server's requests come from 127.0.0.1 (set by a startup filter, as a proxy on the same machine would connect).
/// </summary>
public sealed class ForwardedHeadersTests
{
    [Fact]
    public async Task By_default_a_client_cannot_escape_its_rate_limit_by_claiming_other_addresses()
    {
        using var factory = Factory([]);
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        foreach (var claimed in new[] { "10.0.0.1", "10.0.0.2", "10.0.0.3" })
        {
            statuses.Add(await PostFromAsync(client, claimed));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Behind_a_known_proxy_each_forwarded_client_has_its_own_rate_limit()
    {
        using var factory = Factory(new() { ["ForwardedHeaders:Enabled"] = "true", ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1" });
        using var client = factory.CreateClient();

        var first = new[] { await PostFromAsync(client, "10.0.0.1"), await PostFromAsync(client, "10.0.0.1"), await PostFromAsync(client, "10.0.0.1") };
        var second = await PostFromAsync(client, "10.0.0.2");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], first);
        Assert.Equal(HttpStatusCode.OK, second);
    }

    [Fact]
    public async Task Forwarded_headers_from_an_address_that_is_not_a_known_proxy_are_ignored()
    {
        using var factory = Factory(new() { ["ForwardedHeaders:Enabled"] = "true", ["ForwardedHeaders:KnownNetworks:0"] = "192.168.0.0/16" });
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        foreach (var claimed in new[] { "10.0.0.1", "10.0.0.2", "10.0.0.3" })
        {
            statuses.Add(await PostFromAsync(client, claimed));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    private static WebApplicationFactory<Program> Factory(Dictionary<string, string?> settings)
    {
        settings["RateLimiting:Enabled"] = "true";
        settings["RateLimiting:TokenLimit"] = "2";
        settings["RateLimiting:TokensPerPeriod"] = "1";
        settings["RateLimiting:ReplenishmentPeriod"] = "01:00:00";
        return new ConfiguredApiFactory(settings).WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, LoopbackPeer>()));
    }

    private static async Task<HttpStatusCode> PostFromAsync(HttpClient client, string claimed)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent("""{"query":"{ __typename }"}""", Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Forwarded-For", claimed);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    private sealed class LoopbackPeer : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (http, following) =>
            {
                http.Connection.RemoteIpAddress ??= IPAddress.Loopback;
                await following(http);
            });
            next(app);
        };
    }
}
