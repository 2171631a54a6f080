namespace GraphPlan.Storage.Embedded;

/// <summary>Where the embedded store keeps its file.</summary>
public sealed class EmbeddedStoreOptions
{
    public const string Section = "Store:Embedded";

    /// <summary>Path of the SQLite file; relative paths are taken from the working directory.</summary>
    public string Path { get; set; } = "App_Data/graphplan.db";
}
