using System.Net;
using System.Net.Sockets;
using System.Text;
using GraphPlan.Api.Tests.BadInput;

namespace GraphPlan.Api.Tests;

/// <summary>
/// Clients from 127.0.0.2 (another loopback address) that send their bodies slowly, or open many connections, while a
/// client from 127.0.0.1 keeps asking. Every loop and wait is bounded; waits are bounds, not timing assertions.
/// </summary>
public sealed class SlowClientTests : IDisposable
{
    private static readonly IPAddress _attacker = IPAddress.Parse("127.0.0.2");
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("graphplan-slow-clients");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Slow_bodies_from_one_address_leave_other_clients_and_health_served()
    {
        using var api = await ApiProcess.StartAsync(new Dictionary<string, string>
        {
            ["RateLimiting__ConcurrencyLimit"] = "4",
            ["RateLimiting__ConcurrencyQueueLimit"] = "2",
            ["ClientLimits__BodyReadTimeout"] = "00:00:04",
            ["Store__Embedded__Path"] = Path.Combine(_folder.FullName, "graph.db"),
        });
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(90));

        // 20 connections each promise 100 KB and send 40 bytes every 100 ms (400 B/s, above Kestrel's minimum rate).
        var slow = Enumerable.Range(0, 20).Select(_ => SlowPostAsync(api.Address, stop.Token)).ToList();
        await Task.Delay(TimeSpan.FromSeconds(1.5), stop.Token);

        using var client = new HttpClient { BaseAddress = api.Address, Timeout = TimeSpan.FromSeconds(30) };
        for (var i = 0; i < 10; i++)
        {
            await client.AssertStillServesAsync();
        }

        using (var health = await client.GetAsync(new Uri("/health", UriKind.Relative), stop.Token))
        {
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }

        // Each slow request ends: refused at once beyond 16 in flight for its address (429), or cut at the deadline (408).
        var outcomes = await Task.WhenAll(slow);
        Assert.All(outcomes, status => Assert.Contains(status, new[] { 408, 429 }));
        Assert.Contains(429, outcomes);
        Assert.Contains(408, outcomes);
        await client.AssertStillServesAsync();
    }

    [Fact]
    public async Task Connections_beyond_the_per_address_limit_are_closed_and_others_are_served()
    {
        using var api = await ApiProcess.StartAsync(new Dictionary<string, string>
        {
            ["ClientLimits__MaxConnectionsPerClient"] = "4",
            ["Store__Embedded__Path"] = Path.Combine(_folder.FullName, "graph.db"),
        });

        var sockets = new List<Socket>();
        try
        {
            for (var i = 0; i < 10; i++)
            {
                sockets.Add(await ConnectFromAsync(_attacker, api.Address));
            }

            // A connection the server refused reads end-of-stream; an accepted idle one has nothing to read.
            var closed = await Task.WhenAll(sockets.Select(IsClosedByServerAsync));
            Assert.Equal(6, closed.Count(c => c));

            using var client = new HttpClient { BaseAddress = api.Address, Timeout = TimeSpan.FromSeconds(30) };
            await client.AssertStillServesAsync();
        }
        finally
        {
            sockets.ForEach(s => s.Dispose());
        }
    }

    private static async Task<int> SlowPostAsync(Uri address, CancellationToken cancellationToken)
    {
        using var socket = await ConnectFromAsync(_attacker, address);
        var head = $"POST /graphql HTTP/1.1\r\nHost: {address.Authority}\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{{\"query\":\"{{ __typename }}\",\"pad\":\"";
        await socket.SendAsync(Encoding.ASCII.GetBytes(head), cancellationToken);
        var reply = new byte[512];
        var receive = socket.ReceiveAsync(reply, cancellationToken).AsTask();
        var padding = Encoding.ASCII.GetBytes(new string('x', 40));
        for (var i = 0; i < 600 && !receive.IsCompleted; i++)
        {
            try
            {
                await socket.SendAsync(padding, cancellationToken);
            }
            catch (SocketException)
            {
                break;
            }

            await Task.WhenAny(receive, Task.Delay(100, cancellationToken));
        }

        var read = await receive.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
        var status = Encoding.ASCII.GetString(reply, 0, read).Split(' ');
        return status.Length > 1 && int.TryParse(status[1], out var code) ? code : 0;
    }

    private static async Task<bool> IsClosedByServerAsync(Socket socket)
    {
        var buffer = new byte[16];
        try
        {
            return await socket.ReceiveAsync(buffer.AsMemory()).AsTask().WaitAsync(TimeSpan.FromSeconds(5)) == 0;
        }
        catch (TimeoutException)
        {
            return false;
        }
        catch (SocketException)
        {
            return true;
        }
    }

    private static async Task<Socket> ConnectFromAsync(IPAddress local, Uri address)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.Bind(new IPEndPoint(local, 0));
        await socket.ConnectAsync(IPAddress.Loopback, address.Port);
        return socket;
    }
}
