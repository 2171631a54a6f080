using GraphPlan.Core.Store;

namespace GraphPlan.Api.Hosting;

/// <summary><c>/health</c>: 200 once the store answers, with what it holds; 503 while it cannot.</summary>
public static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapGraphPlanHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", async (IGraphStore store, CancellationToken cancellationToken) =>
        {
            try
            {
                var stats = await store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
                return Results.Ok(new { status = "ready", entities = stats.EntityCount, relationships = stats.RelationshipCount });
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException or TimeoutException or InvalidOperationException)
            {
                return Results.Json(new { status = "unavailable", reason = ex.Message }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return endpoints;
    }
}
