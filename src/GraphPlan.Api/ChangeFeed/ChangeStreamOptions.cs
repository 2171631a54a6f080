namespace GraphPlan.Api.ChangeFeed;

/// <summary>
/// Bounds on open subscription streams, bound from <c>ChangeFeed</c>. The defaults are the safe ones: they hold
/// without any configuration file.
/// </summary>
public sealed class ChangeStreamOptions
{
    public const string Section = "ChangeFeed";

    /// <summary>Open streams on the whole server; further ones are refused with 429 and TOO_MANY_STREAMS.</summary>
    public int MaxStreams { get; set; } = 256;

    /// <summary>Open streams per API key (by its name) or, without a key, per client address.</summary>
    public int MaxStreamsPerClient { get; set; } = 4;

    /// <summary>A stream that sent no event for this long is completed; the client resumes with its last sequence.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often an SSE comment is sent on a quiet stream, so proxies and clients see it alive.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);
}
