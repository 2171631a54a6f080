namespace GraphPlan.Api.Tests.BadInput;

/// <summary>What the faulty store calls saw, for tests to await.</summary>
public sealed class StoreFaults
{
    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
