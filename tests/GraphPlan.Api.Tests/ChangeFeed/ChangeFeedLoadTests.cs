using System.Diagnostics;
using System.Text.Json;
using Xunit.Abstractions;

namespace GraphPlan.Api.Tests.ChangeFeed;

/// <summary>
/// Many subscribers and a burst of curations: every subscriber receives every change, in sequence order, none twice.
/// Memory is measured and written to the test output (recorded in the README), not asserted on time.
/// </summary>
public sealed class ChangeFeedLoadTests(ITestOutputHelper output) : IDisposable
{
    private const int Subscribers = 50;
    private const int Writes = 200;

    private readonly ChangeFeedApiFactory _factory = new(new Dictionary<string, string?>
    {
        ["ChangeFeed:MaxStreamsPerClient"] = $"{Subscribers}",
        ["ClientLimits:MaxRequestsPerClient"] = $"{Subscribers + 16}",
        ["RateLimiting:Enabled"] = "false",
    });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Fifty_subscribers_each_receive_all_two_hundred_burst_curations_in_order_in_two_rounds()
    {
        var client = _factory.CreateClient();
        client.Timeout = TimeSpan.FromMinutes(5);
        var memory = new List<string> { $"at start {Memory() / 1024} KiB" };
        for (var round = 1; round <= 2; round++)
        {
            await RoundAsync(client, round, memory);
        }

        output.WriteLine($"managed heap after a full GC: {string.Join(", ", memory)}");
    }

    private async Task RoundAsync(HttpClient client, int round, List<string> memory)
    {
        var start = await Curations.RenameInstituteAsync(client, $"Before burst {round}");
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var streams = new List<ServerSentEvents>();
        for (var i = 0; i < Subscribers; i++)
        {
            var stream = await ServerSentEvents.PostAsync(client, "subscription($after: Int) { changed(after: $after) { sequence subject } }", new { after = start });
            await stream.ReadAsync(deadline.Token);
            streams.Add(stream);
        }

        memory.Add($"round {round} with {Subscribers} streams open {Memory() / 1024} KiB");
        var receiving = streams.Select(s => ReceiveAsync(s, Writes, deadline.Token)).ToList();
        var clock = Stopwatch.StartNew();
        var written = new List<long>();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(async writer =>
        {
            for (var i = 0; i < Writes / 4; i++)
            {
                var sequence = await Curations.RenameInstituteAsync(client, $"Burst {round} {writer}-{i}");
                lock (written)
                {
                    written.Add(sequence);
                }
            }
        }));
        var received = await Task.WhenAll(receiving);
        clock.Stop();
        memory.Add($"after burst {round} {Memory() / 1024} KiB");
        foreach (var stream in streams)
        {
            await stream.DisposeAsync();
        }

        await Task.Delay(500);
        memory.Add($"streams closed {Memory() / 1024} KiB");

        written.Sort();
        Assert.Equal(Writes, written.Count);
        Assert.All(received, sequences => Assert.Equal(written, sequences));
        output.WriteLine($"round {round}: {Subscribers} subscribers x {Writes} curations (4 writers) = {received.Sum(r => r.Count)} events delivered in order in {clock.ElapsedMilliseconds} ms");
    }

    private static async Task<List<long>> ReceiveAsync(ServerSentEvents stream, int count, CancellationToken cancellationToken)
    {
        var sequences = new List<long>();
        while (sequences.Count < count && await stream.ReadEventAsync(cancellationToken) is { Event: "next" } message)
        {
            using var result = JsonDocument.Parse(message.Data);
            sequences.Add(result.RootElement.GetProperty("data").GetProperty("changed").GetProperty("sequence").GetInt64());
        }

        return sequences;
    }

    private static long Memory()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
