using GraphPlan.GraphQL.Limits;

namespace GraphPlan.Api.Security;

/// <summary>Binds the GraphQL limits and exposure options (error details, introspection) from configuration over safe defaults.</summary>
public static class HardeningRegistration
{
    public static IServiceCollection AddGraphPlanHardening(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddOptions<GraphQLLimitsOptions>()
            .Configure(o => o.MaxComplexity = GraphQLLimitsOptions.RecommendedMaxComplexity)
            .BindConfiguration(GraphQLLimitsOptions.Section)
            .Validate(o => o.MaxRequestBodyBytes > 0 && o.MaxDocumentLength > 0 && o.MaxTokens > 0 && o.MaxDepth > 0 && o.MaxComplexity is null or > 0 && o.MaxErrors > 0 && o.ExecutionTimeout > TimeSpan.Zero, "GraphQL:Limits values must be positive.")
            .ValidateOnStart();
        services.AddOptions<GraphQLSecurityOptions>()
            .Configure(o => o.ExposeErrorDetails = environment.IsDevelopment())
            .BindConfiguration(GraphQLSecurityOptions.Section);

        return services;
    }
}
