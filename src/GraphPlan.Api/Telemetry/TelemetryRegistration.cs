using System.Diagnostics;
using GraphPlan.Core.Store;
using GraphPlan.Core.Telemetry;
using GraphPlan.GraphQL.Telemetry;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GraphPlan.Api.Telemetry;

/// <summary>
/// OpenTelemetry for the API: traces (the ASP.NET Core request, its GraphQL operation, the operation's store calls)
/// and metrics from the <c>GraphPlan</c> source and meter; <c>/metrics</c> only when <c>Telemetry:PrometheusEnabled</c>;
/// OTLP export only when an endpoint is configured; and one structured log line per request, JSON outside Development.
/// </summary>
public static partial class TelemetryRegistration
{
    public const string RequestLogCategory = "GraphPlan.Requests";

    /// <summary>Call after the store is registered: the store is wrapped once, whichever it is.</summary>
    public static WebApplicationBuilder AddGraphPlanTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(TelemetryOptions.Section).Get<TelemetryOptions>() ?? new TelemetryOptions();
        builder.Services.Configure<TelemetryOptions>(builder.Configuration.GetSection(TelemetryOptions.Section));
        WrapStore(builder.Services, (builder.Configuration["Store:Kind"] ?? "embedded").ToLowerInvariant());

        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.AddJsonConsole(json =>
            {
                json.IncludeScopes = false;
                json.UseUtcTimestamp = true;
                json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
                json.JsonWriterOptions = new System.Text.Json.JsonWriterOptions { Indented = false };
            });
        }

        var otlp = options.OtlpEndpoint is { Length: > 0 } configured ? configured : builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(GraphPlanTelemetry.Name))
            .WithTracing(tracing =>
            {
                tracing.AddSource(GraphPlanTelemetry.Name).AddAspNetCoreInstrumentation();
                if (otlp is { Length: > 0 })
                {
                    tracing.AddOtlpExporter(exporter => exporter.Endpoint = new Uri(otlp));
                }
            })
            .WithMetrics(metrics =>
            {
                metrics.AddMeter(GraphPlanTelemetry.Name).AddAspNetCoreInstrumentation();
                if (options.PrometheusEnabled)
                {
                    metrics.AddPrometheusExporter();
                }

                if (otlp is { Length: > 0 })
                {
                    metrics.AddOtlpExporter(exporter => exporter.Endpoint = new Uri(otlp));
                }
            });
        return builder;
    }

    /// <summary>First in the pipeline, so refused requests are logged too; maps <c>/metrics</c> when configured.</summary>
    public static WebApplication UseGraphPlanTelemetry(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(RequestLogCategory);
        app.Use(async (http, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(http).ConfigureAwait(false);
            }
            finally
            {
                var request = http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpActivityFeature>()?.Activity;
                // The path only: a query string may carry variables, and headers (the API key among them) are never read here.
                LogRequest(
                    logger,
                    http.Request.Method,
                    http.Request.Path.Value ?? "/",
                    http.Response.StatusCode,
                    Math.Round(Stopwatch.GetElapsedTime(started).TotalMilliseconds, 2),
                    request?.GetTagItem(OperationTelemetry.OperationNameTag) as string,
                    request?.TraceId.ToString() ?? http.TraceIdentifier);
            }
        });

        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<TelemetryOptions>>().Value.PrometheusEnabled)
        {
            app.MapPrometheusScrapingEndpoint("/metrics");
        }

        return app;
    }

    /// <summary>Replaces the store's registration with the same store wrapped in <see cref="InstrumentedGraphStore"/>.</summary>
    private static void WrapStore(IServiceCollection services, string storeName)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IGraphStore))
            ?? throw new InvalidOperationException("Register the graph store before telemetry.");
        services.Replace(ServiceDescriptor.Singleton<IGraphStore>(sp => new InstrumentedGraphStore(Create(sp, registered), storeName)));
    }

    private static IGraphStore Create(IServiceProvider services, ServiceDescriptor descriptor) => (IGraphStore)(
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Method} {Path} answered {Status} in {DurationMs} ms (operation {OperationName}, trace {TraceId})")]
    private static partial void LogRequest(ILogger logger, string method, string path, int status, double durationMs, string? operationName, string traceId);
}
