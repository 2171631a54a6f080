using System.Text.Encodings.Web;
using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Errors;
using GraphPlan.GraphQL.Relations;
using GraphPlan.GraphQL.Schema;
using GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace GraphPlan.GraphQL;

public static class GraphPlanGraphQLExtensions
{
    /// <summary>
    /// The one registration of GraphPlan's GraphQL schema and execution, shared by the API host, the CLI and the tests.
    /// An <see cref="IGraphStore"/> must be registered separately.
    /// </summary>
    public static IServiceCollection AddGraphPlanGraphQL(this IServiceCollection services)
    {
        services.AddScoped<RelatedLoader>();
        services.AddGraphQL(builder => builder
            .AddSchema<GraphPlanSchema>()
            .AddGraphTypes(typeof(GraphPlanSchema).Assembly)
            .AddSystemTextJson(options => options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider(options => options.ExposeExceptionDetails = false)
            .ConfigureExecutionOptions(options => options.UnhandledExceptionDelegate = context =>
            {
                context.Exception = context.OriginalException switch
                {
                    EntityNotFoundException missing => GraphPlanErrors.NotFound(missing.Id),
                    GraphValidationException invalid => new ExecutionError(invalid.Message) { Code = ErrorCodes.ValidationFailed },
                    _ => context.Exception,
                };
                return Task.CompletedTask;
            }));
        return services;
    }
}
