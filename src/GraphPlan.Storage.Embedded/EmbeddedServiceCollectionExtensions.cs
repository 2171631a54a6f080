using GraphPlan.Core.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GraphPlan.Storage.Embedded;

public static class EmbeddedServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IGraphStore"/> as a singleton <see cref="EmbeddedGraphStore"/> on the file named by
    /// <c>Store:Embedded:Path</c>. A relative path is the host's content root's (<see cref="IHostEnvironment"/>), else the
    /// application's folder: never the working directory. The file is opened (and checked) when the store is first used.
    /// </summary>
    public static IServiceCollection AddEmbeddedGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(EmbeddedStoreOptions.Section).Get<EmbeddedStoreOptions>() ?? new EmbeddedStoreOptions();
        services.AddSingleton<IGraphStore>(provider => new EmbeddedGraphStore(new EmbeddedStoreOptions
        {
            Path = Path.GetFullPath(options.Path, provider.GetService<IHostEnvironment>()?.ContentRootPath ?? AppContext.BaseDirectory),
        }));
        return services;
    }
}
