using System.Globalization;
using System.Threading.RateLimiting;
using GraphPlan.GraphQL.Errors;

namespace GraphPlan.Api.RateLimiting;

/// <summary>Per-client rate limiting of <c>/graphql</c> and <c>/export</c>, and the server-wide concurrency caps (<see cref="RateLimitingOptions"/>).</summary>
public static class RateLimiterRegistration
{
    public static IServiceCollection AddGraphPlanRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var rate = configuration.GetSection(RateLimitingOptions.Section).Get<RateLimitingOptions>() ?? new RateLimitingOptions();
        if (rate.Enabled)
        {
            services.AddRateLimiter(options =>
            {
                options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
                options.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                    PartitionedRateLimiter.Create<HttpContext, string>(http => IsGraphQL(http) || IsExport(http)
                        ? RateLimitPartition.GetTokenBucketLimiter(http.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new TokenBucketRateLimiterOptions
                        {
                            TokenLimit = rate.TokenLimit,
                            TokensPerPeriod = rate.TokensPerPeriod,
                            ReplenishmentPeriod = rate.ReplenishmentPeriod,
                            QueueLimit = 0,
                            AutoReplenishment = true,
                        })
                        : RateLimitPartition.GetNoLimiter(string.Empty)),
                    PartitionedRateLimiter.Create<HttpContext, string>(http => IsGraphQL(http)
                        ? RateLimitPartition.GetConcurrencyLimiter("server", _ => new ConcurrencyLimiterOptions
                        {
                            PermitLimit = rate.ConcurrencyLimit,
                            QueueLimit = rate.ConcurrencyQueueLimit,
                            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                        })
                        : RateLimitPartition.GetNoLimiter(string.Empty)),
                    PartitionedRateLimiter.Create<HttpContext, string>(http => IsExport(http)
                        ? RateLimitPartition.GetConcurrencyLimiter("export", _ => new ConcurrencyLimiterOptions
                        {
                            PermitLimit = rate.ExportConcurrencyLimit,
                            QueueLimit = 0,
                        })
                        : RateLimitPartition.GetNoLimiter(string.Empty)));
                options.OnRejected = async (context, cancellationToken) =>
                {
                    var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
                    var response = context.HttpContext.Response;
                    response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                    response.ContentType = "application/json; charset=utf-8";
                    var message = $"Too many requests: at most {rate.TokenLimit} at once and {rate.TokensPerPeriod} per {rate.ReplenishmentPeriod.TotalSeconds:0.###} s per client, {rate.ConcurrencyLimit} in flight on the server, {rate.ExportConcurrencyLimit} exports at once (RateLimiting). Retry after {retryAfter} s.";
                    await response.WriteAsJsonAsync(new { errors = new[] { new { message, extensions = new { code = ErrorCodes.RateLimited } } } }, cancellationToken).ConfigureAwait(false);
                };
            });
        }

        return services;
    }

    /// <summary>Rate limiting, when configured on; a no-op otherwise.</summary>
    public static WebApplication UseGraphPlanRateLimiting(this WebApplication app)
    {
        var rate = app.Configuration.GetSection(RateLimitingOptions.Section).Get<RateLimitingOptions>() ?? new RateLimitingOptions();
        if (rate.Enabled)
        {
            app.UseRateLimiter();
        }

        return app;
    }

    private static bool IsGraphQL(HttpContext http) => http.Request.Path.StartsWithSegments("/graphql", StringComparison.OrdinalIgnoreCase);

    private static bool IsExport(HttpContext http) => http.Request.Path.StartsWithSegments("/export", StringComparison.OrdinalIgnoreCase);
}
