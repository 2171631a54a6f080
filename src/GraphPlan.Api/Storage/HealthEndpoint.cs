using GraphPlan.Core.Store;

namespace GraphPlan.Api.Storage;

/// <summary><c>/health</c>: 200 once the store answers, with what it holds; 503 while it cannot.</summary>
public static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapGraphPlanHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health", async (IGraphStore store, ILogger<GraphStoreHealth> logger, CancellationToken cancellationToken) =>
        {
            try
            {
                var stats = await store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
                return Results.Ok(new { status = "ready", entities = stats.EntityCount, relationships = stats.RelationshipCount });
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Whatever the store throws (Neo4j unreachable, a SQLite file gone bad), it cannot serve: 503, not 500.
                // The reason names no internals (addresses, paths): the details belong in the log.
                logger.LogWarning(ex, "Health check: the graph store is not answering");
                return Results.Json(new { status = "unavailable", reason = "the graph store is not answering" }, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
        return endpoints;
    }
}
