namespace GraphPlan.Api.Caching;

/// <summary>
/// The whole-response cache of <c>/graphql</c> and its HTTP caching headers (configuration section
/// <c>GraphQL:ResponseCache</c>). Safe on by default: an answer is cached under the graph's version, which every write
/// moves, so a cached answer is never older than the graph.
/// </summary>
public sealed class ResponseCacheOptions
{
    public const string Section = "GraphQL:ResponseCache";

    /// <summary>Serve repeated queries from memory. Off: every request executes (ETags and 304s still work).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Bound of the cached response bytes (keys included); past it the oldest entries go first.</summary>
    public long MaxBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Larger responses are answered but not kept.</summary>
    public int MaxEntryBytes { get; set; } = 1024 * 1024;

    /// <summary>
    /// <c>Cache-Control</c> of a successful GET query. The default <c>no-cache</c> lets a browser or CDN keep the answer
    /// but ask again each time: it gets a 304 while the graph is unchanged, and never a stale answer after a curator's
    /// write. A longer max-age would serve stale answers for that long. Answers to requests with an API key are always
    /// <c>private</c>. POST answers and failed ones stay <c>no-store</c>.
    /// </summary>
    public string CacheControl { get; set; } = "no-cache";
}
