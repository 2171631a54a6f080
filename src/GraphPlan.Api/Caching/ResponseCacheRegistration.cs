namespace GraphPlan.Api.Caching;

public static class ResponseCacheRegistration
{
    /// <summary>The response cache and HTTP caching of <c>/graphql</c>, from <see cref="ResponseCacheOptions.Section"/>.</summary>
    public static IServiceCollection AddGraphPlanResponseCache(this IServiceCollection services)
    {
        services.AddOptions<ResponseCacheOptions>().BindConfiguration(ResponseCacheOptions.Section);
        services.AddSingleton<GraphQLResponseCache>();
        return services;
    }
}
