using System.Runtime;

namespace GraphPlan.Storage.Embedded;

/// <summary>
/// Keeps the collector out of a large load. Nearly everything a load allocates lives on (the graph), so every
/// collection during it would only copy the growing graph from one generation to the next: at a million entities
/// that was a fifth of the load's CPU. In a no-GC region it is allocated once, where it stays, and collected once at the
/// end (the host's compacting collection). When the collector cannot promise the room, or the load outgrows it, the
/// collector simply works as usual.
/// </summary>
internal readonly struct QuietCollector
{
    /// <summary>Below this file size a load is short whatever the collector does.</summary>
    private const long LargeFile = 64L << 20;

    /// <summary>What a load allocates per byte of file, with room to spare (1.65 measured at a million entities).</summary>
    private const int BytesPerFileByte = 2;

    private readonly bool _started;

    private QuietCollector(bool started) => _started = started;

    public static QuietCollector Start(long fileBytes)
    {
        if (fileBytes < LargeFile)
        {
            return default;
        }

        var wanted = fileBytes * BytesPerFileByte;
        if (wanted > GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 2)
        {
            return default;
        }

        try
        {
            return new QuietCollector(GC.TryStartNoGCRegion(wanted));
        }
        catch (Exception ex) when (ex is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // More than the collector can promise at once, or a region already started elsewhere: collect as usual.
            return default;
        }
    }

    public void End()
    {
        if (!_started || GCSettings.LatencyMode != GCLatencyMode.NoGCRegion)
        {
            return;
        }

        try
        {
            GC.EndNoGCRegion();
        }
        catch (InvalidOperationException)
        {
            // The load outgrew the region and the collector already went back to work.
        }
    }
}
