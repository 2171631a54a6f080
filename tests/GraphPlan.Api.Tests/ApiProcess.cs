using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GraphPlan.Api.Tests;

/// <summary>The built API as a process of its own on a free loopback port, so a test can kill it as a crash would.</summary>
public sealed class ApiProcess : IDisposable
{
    private readonly Process _process;

    private ApiProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>The folder the built API (and its appsettings.json) sits in.</summary>
    public static string ApplicationFolder => Path.GetDirectoryName(typeof(Program).Assembly.Location)!;

    public static async Task<ApiProcess> StartAsync(IReadOnlyDictionary<string, string> environment, string? workingDirectory = null)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = StartInfo(address, environment, workingDirectory);
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var api = new ApiProcess(process, address);
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
                if (health.IsSuccessStatusCode)
                {
                    return api;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        api.Dispose();
        throw new InvalidOperationException($"the API did not become healthy at {address}");
    }

    /// <summary>Runs the API until it stops by itself (as it does when it cannot start), and returns how it ended.</summary>
    public static async Task<(int ExitCode, string Stderr)> RunUntilExitAsync(IReadOnlyDictionary<string, string> environment, string? workingDirectory = null)
    {
        using var process = Process.Start(StartInfo(new Uri("http://127.0.0.1:0"), environment, workingDirectory))!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the API did not stop within 60 s; output: {await stdout}");
        }

        return (process.ExitCode, await stderr);
    }

    /// <summary>SIGKILL: no shutdown code runs, as in a crash or an out-of-memory kill.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    private static ProcessStartInfo StartInfo(Uri address, IReadOnlyDictionary<string, string> environment, string? workingDirectory)
    {
        var start = new ProcessStartInfo("dotnet", [typeof(Program).Assembly.Location, "--urls", address.ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? ApplicationFolder,
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
