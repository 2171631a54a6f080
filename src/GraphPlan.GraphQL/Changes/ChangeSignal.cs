namespace GraphPlan.GraphQL.Changes;

/// <summary>
/// Wakes change-feed followers in this process when a curation was recorded. It carries no data: a follower takes
/// <see cref="Next"/> before it reads the store and waits on it only when the read found nothing new, so a signal
/// between the read and the wait is never lost; the store stays the one source of what changed.
/// </summary>
public sealed class ChangeSignal
{
    private TaskCompletionSource _next = NewSource();

    /// <summary>Completes at the next <see cref="Notify"/>.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Notify() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
