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
}
