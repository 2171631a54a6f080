using System.Globalization;
using GraphPlan.Api.RateLimiting;
using GraphPlan.Core.Export;
using GraphPlan.Core.Store;
using Microsoft.Net.Http.Headers;

namespace GraphPlan.Api.Export;

/// <summary>
/// <c>GET /export/graph.json</c> and <c>/export/graph.graphml</c>: the whole graph, as the CLI's export writes it,
/// streamed to the client in chunks. Each answer carries a weak ETag of the store's state (its counts and newest
/// audit entry, which every curated write adds); a request whose <c>If-None-Match</c> names it gets 304 and no body.
/// Rate limiting counts exports with the client's GraphQL requests and runs only a few at once (<see cref="RateLimitingOptions"/>).
/// </summary>
public static class ExportEndpoint
{
    public static IEndpointRouteBuilder MapGraphPlanExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/export/graph.json", (IGraphStore store, HttpContext http) => WriteAsync(store, http, "json", "application/json", GraphJsonWriter.WriteAsync));
        endpoints.MapGet("/export/graph.graphml", (IGraphStore store, HttpContext http) => WriteAsync(store, http, "graphml", "application/graphml+xml", GraphMLWriter.WriteAsync));
        return endpoints;
    }

    private static async Task WriteAsync(IGraphStore store, HttpContext http, string format, string mediaType, Func<GraphData, Stream, CancellationToken, Task> write)
    {
        var tag = await EntityTagAsync(store, format, http.RequestAborted).ConfigureAwait(false);
        var headers = http.Response.GetTypedHeaders();
        headers.ETag = tag;
        http.Response.Headers.CacheControl = "no-cache";
        if (http.Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } wanted && wanted.Any(w => w.Equals(EntityTagHeaderValue.Any) || w.Compare(tag, useStrongComparison: false)))
        {
            http.Response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var graph = await store.ExportAsync(http.RequestAborted).ConfigureAwait(false);
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await write(graph, http.Response.Body, http.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>Changes whenever a curated write lands (its audit entry is the newest) or the counts change.</summary>
    private static async Task<EntityTagHeaderValue> EntityTagAsync(IGraphStore store, string format, CancellationToken cancellationToken)
    {
        var stats = await store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
        var newest = (await store.GetAuditTrailAsync(new AuditQuery { Limit = 1 }, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
        var state = string.Create(CultureInfo.InvariantCulture, $"{format}-{stats.EntityCount}-{stats.RelationshipCount}-{newest?.Sequence ?? 0}-{newest?.At.UtcTicks ?? 0}");
        return new EntityTagHeaderValue($"\"{state}\"", isWeak: true);
    }
}
