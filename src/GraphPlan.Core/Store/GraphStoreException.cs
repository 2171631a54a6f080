namespace GraphPlan.Core.Store;

/// <summary>
/// A store's own failure, whatever the store: it cannot be reached, it refused or failed a request, its file cannot be
/// used. Not the caller's fault (those are <see cref="EntityNotFoundException"/>, <see cref="GraphValidationException"/>
/// and the like). A host that meets one while starting stops with its message; each store derives its own.
/// </summary>
public abstract class GraphStoreException : Exception
{
    protected GraphStoreException()
    {
    }

    protected GraphStoreException(string message)
        : base(message)
    {
    }

    protected GraphStoreException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}
