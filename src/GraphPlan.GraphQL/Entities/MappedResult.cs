using GraphQL.DataLoader;

namespace GraphPlan.GraphQL.Entities;

/// <summary>A batched result with a projection applied once it arrives.</summary>
internal sealed class MappedResult<TIn, TOut>(IDataLoaderResult<TIn> inner, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
{
    public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) =>
        map(await inner.GetResultAsync(cancellationToken).ConfigureAwait(false));

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) =>
        await GetResultAsync(cancellationToken).ConfigureAwait(false);
}
