using GraphPlan.Core.Store;

namespace GraphPlan.Storage.Embedded;

/// <summary>The store's file cannot be used as it is (empty, not a database, damaged, read-only); nothing was written to it.</summary>
public sealed class StoreFileException : GraphStoreException
{
    public StoreFileException(string path, string problem, Exception? inner = null)
        : base($"the store file {path} cannot be used: {problem}", inner)
    {
        FilePath = path;
    }

    public StoreFileException()
    {
        FilePath = string.Empty;
    }

    public StoreFileException(string message)
        : base(message)
    {
        FilePath = string.Empty;
    }

    public StoreFileException(string message, Exception innerException)
        : base(message, innerException)
    {
        FilePath = string.Empty;
    }

    public string FilePath { get; }
}
