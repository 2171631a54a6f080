using System.Net;

namespace GraphPlan.Api.Tests.BadInput;

/// <summary>
/// Matrix group F: timeouts, cancellation, rate and concurrency limits. Not covered here: F1/F7 (Neo4j-specific),
/// F4 (Kestrel's slow-body rate, not reachable through the test server) and F8 (no request-timeout middleware).
/// Waits below are bounds on awaiting an event, not timing assertions.
/// </summary>
public sealed class F_ExecutionTests
{
    private static readonly TimeSpan _bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task F2_a_resolver_that_never_completes_times_out_and_cancels_the_store_call()
    {
        using var factory = new ConfiguredApiFactory(new Dictionary<string, string?> { ["GraphQL:Limits:ExecutionTimeout"] = "00:00:01" });
        using var client = factory.CreateClient();

        using var response = await client.PostQueryAsync($$"""{ entities(search: "{{FaultyGraphStore.HangText}}") { totalCount } }""");

        var body = await response.AssertRefusedAsync("TIMEOUT", HttpStatusCode.GatewayTimeout);
        Assert.Contains("timed out", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        await factory.Faults.Cancelled.Task.WaitAsync(_bound);
        await client.AssertStillServesAsync();
    }

    [Fact]
    public async Task F3_a_client_that_disconnects_cancels_the_store_call()
    {
        using var factory = new BadInputApiFactory();
        using var client = factory.CreateClient();
        using var disconnect = new CancellationTokenSource();

        var pending = client.PostJsonAsync($$"""{"query":"{ entities(search: \"{{FaultyGraphStore.HangText}}\") { totalCount } }"}""", cancellationToken: disconnect.Token);
        await factory.Faults.Entered.Task.WaitAsync(_bound);
        await disconnect.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
        await factory.Faults.Cancelled.Task.WaitAsync(_bound);
        await client.AssertStillServesAsync();
    }

    [Fact]
    public async Task F6_a_client_over_its_rate_gets_429_with_retry_after_and_a_json_error()
    {
        using var factory = new ConfiguredApiFactory(new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:TokenLimit"] = "3",
            ["RateLimiting:TokensPerPeriod"] = "3",
            ["RateLimiting:ReplenishmentPeriod"] = "00:00:01",
        });
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 20 && refused is null; i++)
        {
            var response = await client.PostQueryAsync("{ __typename }");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                refused = response;
            }
            else
            {
                response.Dispose();
            }
        }

        Assert.NotNull(refused);
        using (refused)
        {
            Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
            Assert.Equal("application/json", refused.Content.Headers.ContentType?.MediaType);
            var error = (await refused.JsonAsync()).GetProperty("errors")[0];
            Assert.Equal("RATE_LIMITED", error.GetProperty("extensions").GetProperty("code").GetString());
            Assert.Contains("RateLimiting", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        }

        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        await EventuallyServesAsync(client);
    }

    [Fact]
    public async Task F5_requests_beyond_the_server_concurrency_are_refused_with_429()
    {
        using var factory = new ConfiguredApiFactory(new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:ConcurrencyLimit"] = "1",
            ["RateLimiting:ConcurrencyQueueLimit"] = "0",
        });
        using var client = factory.CreateClient();
        using var release = new CancellationTokenSource();

        var holder = client.PostJsonAsync($$"""{"query":"{ entities(search: \"{{FaultyGraphStore.HangText}}\") { totalCount } }"}""", cancellationToken: release.Token);
        await factory.Faults.Entered.Task.WaitAsync(_bound);

        using (var second = await client.PostQueryAsync("{ __typename }"))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
            Assert.NotNull(second.Headers.RetryAfter);
        }

        await release.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => holder);
        await factory.Faults.Cancelled.Task.WaitAsync(_bound);
        await EventuallyServesAsync(client);
    }

    [Fact]
    public async Task F_every_response_has_at_most_five_errors()
    {
        using var factory = new BadInputApiFactory();
        using var client = factory.CreateClient();
        var query = "{ " + string.Concat(Enumerable.Range(0, 9).Select(i => $"n{i}: node(id: \"missing:{i}\") {{ id }} ")) + "}";

        using var response = await client.PostQueryAsync(query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, (await response.JsonAsync()).GetProperty("errors").GetArrayLength());
        await client.AssertStillServesAsync();
    }

    /// <summary>Retries the normal query until the limiter lets it through (tokens come back each second), then checks it.</summary>
    private static async Task EventuallyServesAsync(HttpClient client)
    {
        using var deadline = new CancellationTokenSource(_bound);
        while (true)
        {
            try
            {
                await client.AssertStillServesAsync();
                return;
            }
            catch (Xunit.Sdk.EqualException) when (!deadline.IsCancellationRequested)
            {
                await Task.Delay(200, deadline.Token);
            }
        }
    }
}
