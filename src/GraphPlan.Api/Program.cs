using GraphPlan.Api;
using GraphPlan.Api.Caching;
using GraphPlan.Api.ChangeFeed;
using GraphPlan.Api.Export;
using GraphPlan.Api.GraphQLHttp;
using GraphPlan.Api.Pages;
using GraphPlan.Api.RateLimiting;
using GraphPlan.Api.Security;
using GraphPlan.Api.Storage;
using GraphPlan.Api.Telemetry;
using GraphPlan.Core.Seed;
using GraphPlan.Core.Store;
using GraphPlan.GraphQL;
using GraphPlan.GraphQL.TrustedDocuments;

var builder = WebApplication.CreateBuilder(ApplicationFolder.Options(args));
builder.Services
    .AddGraphPlanStore(builder.Configuration)
    .AddGraphPlanGraphQL()
    .AddGraphPlanHardening(builder.Environment)
    .AddGraphPlanRateLimiting(builder.Configuration)
    .AddGraphPlanCuration(builder.Configuration)
    .AddGraphPlanClientLimits()
    .AddGraphPlanTrustedDocuments(builder.Configuration)
    .AddGraphPlanCors(builder.Configuration)
    .AddGraphPlanWebPages()
    .AddGraphPlanChangeFeed()
    .AddGraphPlanResponseCache();
builder.AddGraphPlanTelemetry();
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;
    kestrel.LimitConnectionsPerClient(builder.Configuration);
});

var app = builder.Build();
try
{
    await app.PrepareStoreAsync();
    // The manifests are read now, so a bad one stops the start instead of the first request.
    app.Services.GetRequiredService<PersistedDocumentStore>();
}
catch (Exception ex) when (ex is GraphStoreException or SeedValidationException or TrustedDocumentManifestException)
{
    // The store or the seed is unusable: say why in one message and stop, instead of serving errors later.
    await Console.Error.WriteLineAsync($"GraphPlan cannot start: {ex.Message}");
    return 1;
}

app.UseGraphPlanForwardedHeaders();
app.UseGraphPlanTelemetry();
app.UseGraphPlanClientLimits();
app.UseGraphPlanWebPages();
app.UseCors();
app.UseAuthentication();
app.UseGraphPlanChangeFeed();
app.UseGraphPlanRateLimiting();
app.MapGraphPlanGraphQL();
app.MapGraphPlanHealth();
app.MapGraphPlanExport();
app.MapGraphPlanWebPages();
await app.RunAsync();
return 0;
