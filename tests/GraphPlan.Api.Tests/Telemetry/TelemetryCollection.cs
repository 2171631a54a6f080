namespace GraphPlan.Api.Tests.Telemetry;

/// <summary>Runs the telemetry tests alone: an activity listener or meter listener hears every test's requests in the process.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TelemetryCollection
{
    public const string Name = "Telemetry";
}
