namespace GraphPlan.Api.Security;

/// <summary>
/// Trusting <c>X-Forwarded-For</c>/<c>X-Forwarded-Proto</c> from a reverse proxy, bound from configuration section
/// <c>ForwardedHeaders</c>. Off by default: without it a client could claim any address and escape its rate limit.
/// When on, only the listed proxies and networks are believed; with none listed, nothing is.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    public bool Enabled { get; set; }

    /// <summary>Addresses of the proxies in front of the API, e.g. <c>10.0.0.5</c>.</summary>
    public IList<string> KnownProxies { get; } = [];

    /// <summary>Networks the proxies are in, in CIDR notation, e.g. <c>10.0.0.0/8</c>.</summary>
    public IList<string> KnownNetworks { get; } = [];

    /// <summary>Proxies in a row whose entries are applied (the rightmost first).</summary>
    public int ForwardLimit { get; set; } = 1;
}
