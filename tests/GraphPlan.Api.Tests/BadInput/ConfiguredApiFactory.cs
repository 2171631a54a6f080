namespace GraphPlan.Api.Tests.BadInput;

/// <summary>The bad-input host with extra configuration (e.g. rate limiting on, a short timeout, introspection off).</summary>
public sealed class ConfiguredApiFactory(IReadOnlyDictionary<string, string?> settings) : BadInputApiFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings => settings;
}
