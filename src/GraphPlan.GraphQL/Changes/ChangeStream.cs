using GraphPlan.Core.Store;

namespace GraphPlan.GraphQL.Changes;

/// <summary>
/// A subscription's source: every change after a sequence, read from the store page by page, then each new one as
/// the <see cref="ChangeSignal"/> (or the poll interval) says there may be more. Because every event is read from
/// the store by sequence, a burst, a slow subscriber or a write from another process drops nothing.
/// </summary>
public sealed class ChangeStream(IGraphStore store, ChangeSignal signal, ChangeFeedOptions options, long after, ChangeFilter filter) : IObservable<AuditEntry>
{
    public IDisposable Subscribe(IObserver<AuditEntry> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        var stop = new CancellationTokenSource();
        _ = Task.Run(() => FollowAsync(observer, stop.Token), CancellationToken.None);
        return new Subscription(stop);
    }

    private async Task FollowAsync(IObserver<AuditEntry> observer, CancellationToken cancellationToken)
    {
        var last = after;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var next = signal.Next;
                var page = await store.GetChangesAsync(new ChangeQuery { After = last, Limit = options.PageSize }, cancellationToken).ConfigureAwait(false);
                foreach (var change in page)
                {
                    last = change.Sequence;
                    if (filter.Matches(change))
                    {
                        observer.OnNext(change);
                    }
                }

                if (page.Count < options.PageSize)
                {
                    await Task.WhenAny(next, Task.Delay(options.PollInterval, cancellationToken)).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The subscriber left.
        }
        catch (Exception ex)
        {
            observer.OnError(ex);
        }
    }

    private sealed class Subscription(CancellationTokenSource stop) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                stop.Cancel();
                stop.Dispose();
            }
        }
    }
}
