namespace GraphPlan.Api.Telemetry;

/// <summary>What GraphPlan exports, bound from <c>Telemetry</c>; nothing is exposed or sent unless configured.</summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    /// <summary>Serves <c>/metrics</c> in Prometheus text format when true.</summary>
    public bool PrometheusEnabled { get; set; }

    /// <summary>An OTLP collector for traces and metrics; the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> variable works as well.</summary>
    public string? OtlpEndpoint { get; set; }
}
