namespace GraphPlan.Api.Security;

/// <summary>API-key authentication for curators, with keys configured as hashes under <c>Curation:Keys</c>.</summary>
public static class CurationRegistration
{
    public static IServiceCollection AddGraphPlanCuration(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAuthentication(ApiKeyOptions.Scheme)
            .AddScheme<ApiKeyOptions, ApiKeyAuthenticationHandler>(ApiKeyOptions.Scheme, options =>
                configuration.GetSection(ApiKeyOptions.Section).Bind(options));
        return services;
    }
}
