namespace GraphPlan.Api.Security;

/// <summary>
/// CORS for the configured origins (<see cref="CorsOptions"/>): GET and POST with the headers GraphQL clients send,
/// preflights answered. An origin that is not listed gets no <c>Access-Control-Allow-Origin</c>, so browsers refuse it.
/// </summary>
public static class CorsRegistration
{
    public static IServiceCollection AddGraphPlanCors(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(CorsOptions.Section).Get<CorsOptions>() ?? new CorsOptions();
        var origins = options.AllowedOrigins.Select(Normalize).Where(o => o.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        var invalid = origins.Where(o => !Uri.TryCreate(o, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.AbsolutePath != "/").ToList();
        if (invalid.Count > 0)
        {
            throw new InvalidOperationException($"Cors:AllowedOrigins must be origins such as https://viz.example.org (scheme, host, port; no path): '{string.Join("', '", invalid)}'.");
        }

        services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
            .WithOrigins(origins)
            .WithMethods(HttpMethods.Get, HttpMethods.Post)
            .WithHeaders("content-type", "accept", ApiKeyOptions.Header, "idempotency-key")
            .WithExposedHeaders("retry-after", "www-authenticate")
            .SetPreflightMaxAge(options.PreflightMaxAge)));
        return services;
    }

    private static string Normalize(string origin) => origin.Trim().TrimEnd('/');
}
