using System.Diagnostics;
using GraphPlan.Testing;

namespace GraphPlan.Cli.Tests;

/// <summary>What one run of the built <c>graphplan</c> CLI printed and how it ended.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    private static readonly Lazy<string> _cli = new(FindCli);

    /// <summary>Runs <c>graphplan</c> with the arguments, from the repository root unless told otherwise; fails after a minute.</summary>
    public static async Task<CliRun> RunAsync(string[] arguments, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("dotnet", [_cli.Value, .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? RepositoryPaths.Root,
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"graphplan {string.Join(' ', arguments)} did not finish within 60 s");
        }

        return new CliRun(process.ExitCode, (await stdout).ReplaceLineEndings("\n"), (await stderr).ReplaceLineEndings("\n"));
    }

    public static Task<CliRun> RunAsync(params string[] arguments) => RunAsync(arguments, null);

    public IReadOnlyList<string> StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The CLI as built for this test run: copied beside the tests by the project reference, else in its own output folder.</summary>
    private static string FindCli()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "graphplan.dll");
        if (File.Exists(beside) && File.Exists(Path.Combine(AppContext.BaseDirectory, "graphplan.runtimeconfig.json")))
        {
            return beside;
        }

        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var own = Path.Combine(RepositoryPaths.Root, "src", "GraphPlan.Cli", "bin", configuration, "net10.0", "graphplan.dll");
        return File.Exists(own) ? own : throw new FileNotFoundException("the graphplan CLI is not built", own);
    }
}
