namespace GraphPlan.Storage.Embedded;

/// <summary>Where the embedded store keeps its file.</summary>
public sealed class EmbeddedStoreOptions
{
    public const string Section = "Store:Embedded";

    /// <summary>
    /// Path of the SQLite file. The API resolves a relative path against its content root (the application's own
    /// folder unless configured), never the working directory; other callers pass full paths.
    /// </summary>
    public string Path { get; set; } = "App_Data/graphplan.db";

    /// <summary>
    /// Keep the full-text index in memory instead of in a folder beside the file (<c>graphplan.db.search</c>, rebuilt at
    /// every start). On disk it costs no heap: at a million entities that is about 700 MB less resident memory.
    /// </summary>
    public bool SearchIndexInMemory { get; set; }
}
