using System.Globalization;

namespace GraphPlan.Api.Storage;

/// <summary>
/// Collects generation 1 once it has grown past a limit. Under steady load every young collection promotes what the
/// requests in flight hold at that moment, and the server collector, on a machine with memory to spare, lets generation
/// 1 grow by hundreds of MB before it collects it: with a million entities stored, supporters at c=16 took the process
/// from 1.06 to 1.55 GiB, nearly all of it generation 1. Collecting generation 1 costs what survives it (the graph lives
/// in generation 2 and is barely written), so a collection at the limit keeps the resident set near the graph's own.
/// </summary>
internal sealed class Generation1Limit(long limitBytes) : BackgroundService
{
    public const string Key = "Memory:Generation1LimitMiB";

    private const long DefaultMiB = 64;

    /// <summary>The limit from configuration (<see cref="Key"/>, MiB; 0 turns the check off), or a one-line reason it is not one.</summary>
    public static long Bytes(IConfiguration configuration)
    {
        var text = configuration[Key];
        if (text is null)
        {
            return DefaultMiB << 20;
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var mib) && mib <= 1 << 20
            ? mib << 20
            : throw new InvalidOperationException($"{Key} must be a whole number of MiB up to 1048576 (0 turns the limit off), not '{text}'");
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (limitBytes == 0)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            if (GC.GetGCMemoryInfo(GCKind.Ephemeral).GenerationInfo[1].SizeAfterBytes > limitBytes)
            {
                GC.Collect(1, GCCollectionMode.Forced, blocking: true);
            }
        }
    }
}
