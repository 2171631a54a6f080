namespace GraphPlan.Api.Security;

/// <summary>
/// Cross-origin access, bound from configuration section <c>Cors</c>: the origins (scheme, host and port, e.g.
/// <c>https://viz.example.org</c>) whose pages may call the API from a browser. None by default: only pages the API
/// serves itself (same origin) can.
/// </summary>
public sealed class CorsOptions
{
    public const string Section = "Cors";

    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>How long a browser may reuse a preflight answer.</summary>
    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromMinutes(10);
}
