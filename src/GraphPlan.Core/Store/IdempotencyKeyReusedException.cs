namespace GraphPlan.Core.Store;

/// <summary>A curation reused an idempotency key its actor had already sent with a different request; nothing was written.</summary>
public sealed class IdempotencyKeyReusedException(string key)
    : Exception($"The idempotency key '{key}' was already used for a different change; nothing was written. Send a new key for a new change, or the same request to retry it.")
{
    public string Key { get; } = key;
}
