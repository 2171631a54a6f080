using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Pipelines;
using System.Net;
using GraphPlan.GraphQL.Errors;
using GraphPlan.GraphQL.Limits;
using Microsoft.Extensions.Options;

namespace GraphPlan.Api.RateLimiting;

/// <summary>
/// Per-address bounds that come before any server-wide slot is taken: connections per address (Kestrel connection
/// middleware), requests in flight per address, and a GraphQL POST body read whole under a deadline and the size
/// limit, so a client that sends slowly holds only its own share and never an execution slot.
/// </summary>
public static class ClientLimits
{
    public static IServiceCollection AddGraphPlanClientLimits(this IServiceCollection services)
    {
        services.AddOptions<ClientLimitsOptions>()
            .BindConfiguration(ClientLimitsOptions.Section)
            .Validate(o => o.MaxConnectionsPerClient > 0 && o.MaxRequestsPerClient > 0 && o.BodyReadTimeout > TimeSpan.Zero, "ClientLimits values must be positive.")
            .ValidateOnStart();
        return services;
    }

    /// <summary>Closes a connection at once when its address already holds <see cref="ClientLimitsOptions.MaxConnectionsPerClient"/>.</summary>
    public static void LimitConnectionsPerClient(this Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions kestrel, IConfiguration configuration)
    {
        var options = configuration.GetSection(ClientLimitsOptions.Section).Get<ClientLimitsOptions>() ?? new ClientLimitsOptions();
        var open = new AddressCounter();
        kestrel.ConfigureEndpointDefaults(listen => listen.Use(next => async connection =>
        {
            if (connection.RemoteEndPoint is not IPEndPoint remote)
            {
                await next(connection).ConfigureAwait(false);
                return;
            }

            var address = Key(remote.Address);
            if (!open.TryEnter(address, options.MaxConnectionsPerClient))
            {
                // Returning without calling next closes the connection before a byte is read.
                return;
            }

            try
            {
                await next(connection).ConfigureAwait(false);
            }
            finally
            {
                open.Exit(address);
            }
        }));
    }

    /// <summary>Counts requests per address and reads GraphQL POST bodies whole; goes before rate limiting.</summary>
    public static WebApplication UseGraphPlanClientLimits(this WebApplication app)
    {
        var inFlight = new AddressCounter();
        app.Use(async (http, next) =>
        {
            if (http.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase))
            {
                await next(http).ConfigureAwait(false);
                return;
            }

            var options = http.RequestServices.GetRequiredService<IOptions<ClientLimitsOptions>>().Value;
            var address = http.Connection.RemoteIpAddress is { } ip ? Key(ip) : "local";
            if (!inFlight.TryEnter(address, options.MaxRequestsPerClient))
            {
                await RefuseAsync(http, StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited, $"Too many requests in flight from one client: at most {options.MaxRequestsPerClient} at once (ClientLimits:MaxRequestsPerClient). Retry after 1 s.").ConfigureAwait(false);
                return;
            }

            try
            {
                if (HttpMethods.IsPost(http.Request.Method) && http.Request.Path.StartsWithSegments("/graphql", StringComparison.OrdinalIgnoreCase)
                    && !await BufferBodyAsync(http, options).ConfigureAwait(false))
                {
                    return;
                }

                await next(http).ConfigureAwait(false);
            }
            finally
            {
                inFlight.Exit(address);
            }
        });
        return app;
    }

    /// <summary>
    /// Reads the body into memory within <see cref="ClientLimitsOptions.BodyReadTimeout"/>, at most one byte past the
    /// size limit (the endpoint answers 413 for that); false when the time ran out and 408 was sent.
    /// </summary>
    private static async Task<bool> BufferBodyAsync(HttpContext http, ClientLimitsOptions options)
    {
        var maxBytes = http.RequestServices.GetRequiredService<IOptions<GraphQLLimitsOptions>>().Value.MaxRequestBodyBytes;
        if (http.Request.ContentLength is { } length && length > maxBytes)
        {
            return true;
        }

        if (http.Request.ContentLength is { } expected && TakeArrived(http.Request.BodyReader, expected) is { } arrived)
        {
            UseBuffered(http, new MemoryStream(arrived, 0, arrived.Length, writable: false, publiclyVisible: true));
            return true;
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        deadline.CancelAfter(options.BodyReadTimeout);
        var buffer = new MemoryStream();
        try
        {
            var chunk = new byte[16 * 1024];
            int read;
            while (buffer.Length <= maxBytes && (read = await http.Request.Body.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length)), deadline.Token).ConfigureAwait(false)) > 0)
            {
                buffer.Write(chunk, 0, read);
            }
        }
        catch (OperationCanceledException) when (!http.RequestAborted.IsCancellationRequested)
        {
            http.Response.Headers.Connection = "close";
            await RefuseAsync(http, StatusCodes.Status408RequestTimeout, ErrorCodes.RequestTimeout, $"The request body did not arrive within {options.BodyReadTimeout.TotalSeconds:0.###} s (ClientLimits:BodyReadTimeout).").ConfigureAwait(false);
            return false;
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's own size limit: hand on what was read, which is over the limit, so the endpoint answers 413.
        }

        buffer.Position = 0;
        UseBuffered(http, buffer);
        return true;
    }

    /// <summary>
    /// The whole body when it has already arrived, as a small request's body does with its headers: taken in one copy,
    /// with no timer to arm; null (nothing consumed) when more is still on its way.
    /// </summary>
    private static byte[]? TakeArrived(PipeReader body, long expected)
    {
        if (!body.TryRead(out var read))
        {
            return null;
        }

        if (read.Buffer.Length != expected)
        {
            body.AdvanceTo(read.Buffer.Start, read.Buffer.End);
            return null;
        }

        var bytes = read.Buffer.ToArray();
        body.AdvanceTo(read.Buffer.End);
        return bytes;
    }

    private static void UseBuffered(HttpContext http, MemoryStream body)
    {
        http.Request.Body = body;
        http.Response.RegisterForDispose(body);
    }

    private static async Task RefuseAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        if (status == StatusCodes.Status429TooManyRequests)
        {
            http.Response.Headers.RetryAfter = 1.ToString(CultureInfo.InvariantCulture);
        }

        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsJsonAsync(new { errors = new[] { new { message, extensions = new { code } } } }, http.RequestAborted).ConfigureAwait(false);
    }

    private static string Key(IPAddress address) => (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();

    /// <summary>A count per address; an address's entry disappears when its count returns to zero.</summary>
    private sealed class AddressCounter
    {
        private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

        public bool TryEnter(string address, int max)
        {
            var count = _counts.AddOrUpdate(address, 1, (_, c) => c + 1);
            if (count <= max)
            {
                return true;
            }

            Exit(address);
            return false;
        }

        public void Exit(string address)
        {
            _counts.AddOrUpdate(address, 0, (_, c) => c - 1);
            _counts.TryRemove(new KeyValuePair<string, int>(address, 0));
        }
    }
}
