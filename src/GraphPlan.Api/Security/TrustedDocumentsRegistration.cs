using GraphPlan.GraphQL.TrustedDocuments;

namespace GraphPlan.Api.Security;

/// <summary>
/// <c>TrustedDocuments</c>: the manifest is GraphPlan's own (schema/queries/, embedded) plus the files named in
/// <c>TrustedDocuments:Manifests</c> (relative to the content root); <c>TrustedDocuments:Only</c> runs nothing else.
/// </summary>
public static class TrustedDocumentsRegistration
{
    public static IServiceCollection AddGraphPlanTrustedDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TrustedDocumentsOptions>()
            .BindConfiguration(TrustedDocumentsOptions.Section)
            .Validate(o => o.MaxRegisteredDocuments >= 0, "TrustedDocuments:MaxRegisteredDocuments must not be negative.");
        services.AddSingleton(provider =>
        {
            var manifest = TrustedDocumentManifest.Embedded();
            var contentRoot = provider.GetRequiredService<IHostEnvironment>().ContentRootPath;
            foreach (var file in configuration.GetSection($"{TrustedDocumentsOptions.Section}:Manifests").Get<string[]>() ?? [])
            {
                var path = Path.GetFullPath(file, contentRoot);
                var extra = TrustedDocumentManifest.Load(path);
                if (extra.Mismatches() is [var wrong, ..] mismatches)
                {
                    throw new TrustedDocumentManifestException($"{path}: {mismatches.Count} document(s) do not hash to their id, e.g. '{wrong}'.");
                }

                manifest.Add(extra);
            }

            return manifest;
        });
        return services;
    }
}
