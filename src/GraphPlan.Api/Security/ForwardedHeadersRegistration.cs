using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace GraphPlan.Api.Security;

/// <summary>Applies <see cref="ForwardedHeadersSettings"/>: the client address of a request through a known proxy, before rate limiting reads it.</summary>
public static class ForwardedHeadersRegistration
{
    public static WebApplication UseGraphPlanForwardedHeaders(this WebApplication app)
    {
        var settings = app.Configuration.GetSection(ForwardedHeadersSettings.Section).Get<ForwardedHeadersSettings>() ?? new ForwardedHeadersSettings();
        if (!settings.Enabled)
        {
            return app;
        }

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = settings.ForwardLimit,
        };

        // The defaults trust loopback; only what is configured is trusted here.
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var proxy in settings.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.TryParse(proxy, out var address) ? address : throw new InvalidOperationException($"ForwardedHeaders:KnownProxies: '{proxy}' is not an IP address."));
        }

        foreach (var network in settings.KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.TryParse(network, out var parsed) ? parsed : throw new InvalidOperationException($"ForwardedHeaders:KnownNetworks: '{network}' is not a network in CIDR notation."));
        }

        app.UseForwardedHeaders(options);
        return app;
    }
}
