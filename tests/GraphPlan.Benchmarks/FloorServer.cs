using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GraphPlan.Benchmarks;

/// <summary>
/// "The floor" of the load run: a bare Kestrel endpoint that answers each recorded request body with the response bytes
/// GraphPlan gave it, doing no other work. A server's requests per second as a share of the floor's, measured in the same
/// run on the same machine, cancels out the machine's speed (shared/notes/performance.md).
/// </summary>
public static class FloorServer
{
    /// <summary>Serves every <c>NAME.json</c> request body in <paramref name="folder"/> with the bytes of <c>NAME.response</c>.</summary>
    public static async Task<int> RunAsync(string url, string folder)
    {
        var responses = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var request in Directory.EnumerateFiles(folder, "*.json"))
        {
            var response = Path.ChangeExtension(request, ".response");
            if (File.Exists(response))
            {
                responses[await File.ReadAllTextAsync(request).ConfigureAwait(false)] = await File.ReadAllBytesAsync(response).ConfigureAwait(false);
            }
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(url);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        var app = builder.Build();
        app.MapGet("/health", () => "ok");
        app.MapPost("/graphql", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
            if (!responses.TryGetValue(body, out var bytes))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            http.Response.ContentType = "application/json; charset=utf-8";
            http.Response.ContentLength = bytes.Length;
            await http.Response.Body.WriteAsync(bytes, http.RequestAborted).ConfigureAwait(false);
        });
        await app.RunAsync().ConfigureAwait(false);
        return 0;
    }
}
