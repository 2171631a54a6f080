namespace GraphPlan.Api.RateLimiting;

/// <summary>
/// What one client address may hold at once, bound from configuration section <c>ClientLimits</c>. Unlike
/// <see cref="RateLimitingOptions"/> these are always on: they keep one slow or greedy address from starving others.
/// </summary>
public sealed class ClientLimitsOptions
{
    public const string Section = "ClientLimits";

    /// <summary>Open TCP connections from one address; further ones are closed as soon as they are accepted.</summary>
    public int MaxConnectionsPerClient { get; set; } = 32;

    /// <summary>Requests from one address being received or executed at once (429 above it); <c>/health</c> is not counted.</summary>
    public int MaxRequestsPerClient { get; set; } = 16;

    /// <summary>Time a client has to send a whole request body, before it may wait for a server-wide execution slot (408 after it).</summary>
    public TimeSpan BodyReadTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
