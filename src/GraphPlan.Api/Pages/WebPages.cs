using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.FileProviders;

namespace GraphPlan.Api.Pages;

/// <summary>
/// The browser pages built from <c>src/GraphPlan.Web</c> (home, <c>/graphiql</c>, <c>/explore</c>), served from the
/// <c>web/</c> folder beside the binaries: hashed assets cached for a year, pages revalidated on every load, text
/// compressed, every response under <see cref="ContentSecurityPolicy"/>. Also the SDL and the example operations.
/// </summary>
public static class WebPages
{
    /// <summary>
    /// Scripts, styles, fonts, workers and requests from this origin only, no inline scripts. Inline styles stay
    /// allowed: GraphiQL's editor (Monaco) and Cytoscape set styles from script.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; " +
        "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public const string ImmutableCache = "public, max-age=31536000, immutable";
    public const string RevalidateCache = "no-cache";

    private const string PlainHome =
        """
        GraphPlan: the Jiaxing Port Area 14th Five-Year Plan as a knowledge graph.
        POST /graphql with {"query": "..."}  (GET /graphql?query=... for queries)
        GET  /health
        GET  /schema.graphql  the schema (SDL)
        Browser pages: / (this address, from a browser), /explore, /graphiql
        """;

    /// <summary>Where the built pages are: <c>web/</c> beside the binaries, whatever the working directory.</summary>
    public static string WebRoot { get; } = Path.Combine(AppContext.BaseDirectory, "web");

    private static string SchemaRoot { get; } = Path.Combine(AppContext.BaseDirectory, "schema");

    public static IServiceCollection AddGraphPlanWebPages(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "font/ttf", "application/graphql", "text/plain"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>Security headers on every response; compression and static files for everything but <c>/graphql</c>.</summary>
    public static WebApplication UseGraphPlanWebPages(this WebApplication app)
    {
        app.Use((http, next) =>
        {
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            return next(http);
        });

        // GraphQL responses are left as they are (the conformance audit checks them byte for byte).
        app.UseWhen(http => !http.Request.Path.StartsWithSegments("/graphql", StringComparison.OrdinalIgnoreCase), branch => branch.UseResponseCompression());

        if (Directory.Exists(WebRoot))
        {
            app.UseStaticFiles(new StaticFileOptions
            {
                FileProvider = new PhysicalFileProvider(WebRoot),
                OnPrepareResponse = context => context.Context.Response.Headers.CacheControl =
                    context.Context.Request.Path.StartsWithSegments("/assets") ? ImmutableCache : RevalidateCache,
            });
        }

        return app;
    }

    public static IEndpointRouteBuilder MapGraphPlanWebPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods("/", [HttpMethods.Get, HttpMethods.Head], (HttpContext http) => WantsHtml(http.Request) && PageFile("index.html") is { } page
            ? Page(http, page)
            : Results.Text(PlainHome, "text/plain; charset=utf-8"));
        foreach (var name in (ReadOnlySpan<string>)["graphiql", "explore"])
        {
            var file = $"{name}/index.html";
            // Routing ignores a trailing slash, so this also answers /explore/.
            endpoints.MapMethods($"/{name}", [HttpMethods.Get, HttpMethods.Head], (HttpContext http) => PageFile(file) is { } page ? Page(http, page) : NotBuilt());
        }

        endpoints.MapGet("/schema.graphql", () => SchemaFile("schema.graphql") is { } sdl
            ? Results.File(sdl, "text/plain; charset=utf-8")
            : Results.NotFound());
        endpoints.MapGet("/queries/{**path}", (string path) => path.EndsWith(".graphql", StringComparison.Ordinal) && SchemaFile($"queries/{path}") is { } query
            ? Results.File(query, "text/plain; charset=utf-8")
            : Results.NotFound());
        return endpoints;
    }

    /// <summary>A browser asking for a page: text/html accepted explicitly (not just through */*).</summary>
    public static bool WantsHtml(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.Quality is not 0 && a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    private static IResult Page(HttpContext http, string path)
    {
        http.Response.Headers.CacheControl = RevalidateCache;
        return Results.File(path, "text/html; charset=utf-8", lastModified: File.GetLastWriteTimeUtc(path), entityTag: null);
    }

    private static IResult NotBuilt() => Results.Text(
        "The browser pages were not built: build src/GraphPlan.Api with Node.js 20.19+ and npm on the PATH.",
        "text/plain; charset=utf-8",
        statusCode: StatusCodes.Status404NotFound);

    private static string? PageFile(string relative) => Existing(WebRoot, relative);

    private static string? SchemaFile(string relative) => Existing(SchemaRoot, relative);

    /// <summary>The file under <paramref name="root"/>, or null when missing or outside it.</summary>
    private static string? Existing(string root, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(root, relative));
        return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full) ? full : null;
    }
}
