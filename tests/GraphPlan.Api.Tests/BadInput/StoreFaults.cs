namespace GraphPlan.Api.Tests.BadInput;

/// <summary>What the faulty store calls saw, for tests to await.</summary>
public sealed class StoreFaults
{
    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>When set, every store call throws it: the store is down.</summary>
    public Exception? Outage { get; set; }
}
