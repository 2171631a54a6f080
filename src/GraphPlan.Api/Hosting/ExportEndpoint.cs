using GraphPlan.Core.Export;
using GraphPlan.Core.Store;

namespace GraphPlan.Api.Hosting;

/// <summary><c>GET /export/graph.json</c> and <c>/export/graph.graphml</c>: the whole graph, as the CLI's export writes it.</summary>
public static class ExportEndpoint
{
    public static IEndpointRouteBuilder MapGraphPlanExport(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/export/graph.json", (IGraphStore store, HttpContext http) => WriteAsync(store, http, "application/json", GraphJsonWriter.Write));
        endpoints.MapGet("/export/graph.graphml", (IGraphStore store, HttpContext http) => WriteAsync(store, http, "application/graphml+xml", GraphMLWriter.Write));
        return endpoints;
    }

    private static async Task WriteAsync(IGraphStore store, HttpContext http, string mediaType, Action<GraphData, Stream> write)
    {
        var graph = await store.ExportAsync(http.RequestAborted).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        write(graph, buffer);
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        buffer.Position = 0;
        await buffer.CopyToAsync(http.Response.Body, http.RequestAborted).ConfigureAwait(false);
    }
}
