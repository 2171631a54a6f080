namespace GraphPlan.Core.Store;

/// <summary>
/// What a store checks and prepares before a host serves from it (that its server answers, that its schema exists).
/// A store registers its own; a host runs every registered one at start, before loading the seed, and stops on a
/// <see cref="GraphStoreException"/>.
/// </summary>
public interface IGraphStoreStartup
{
    Task StartAsync(CancellationToken cancellationToken = default);
}
