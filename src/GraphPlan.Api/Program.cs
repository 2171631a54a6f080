using GraphPlan.Api.Caching;
using GraphPlan.Api.Hosting;
using GraphPlan.Core.Seed;
using GraphPlan.GraphQL;
using GraphPlan.Storage.Embedded;
using GraphPlan.Storage.Neo4j;

var builder = WebApplication.CreateBuilder(ApplicationFolder.Options(args));
builder.Services
    .AddGraphPlanStore(builder.Configuration)
    .AddGraphPlanGraphQL()
    .AddGraphPlanHardening(builder.Configuration, builder.Environment)
    .AddGraphPlanCuration(builder.Configuration)
    .AddGraphPlanClientLimits()
    .AddGraphPlanCors(builder.Configuration)
    .AddGraphPlanWebPages()
    .AddGraphPlanResponseCache();
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;
    kestrel.LimitConnectionsPerClient(builder.Configuration);
});

var app = builder.Build();
try
{
    await app.PrepareStoreAsync();
}
catch (Exception ex) when (ex is Neo4jException or SeedValidationException or StoreFileException)
{
    // The store or the seed is unusable: say why in one message and stop, instead of serving errors later.
    await Console.Error.WriteLineAsync($"GraphPlan cannot start: {ex.Message}");
    return 1;
}

app.UseGraphPlanForwardedHeaders();
app.UseGraphPlanClientLimits();
app.UseGraphPlanWebPages();
app.UseCors();
app.UseAuthentication();
app.UseGraphPlanRateLimiting();
app.MapGraphPlanGraphQL();
app.MapGraphPlanHealth();
app.MapGraphPlanExport();
app.MapGraphPlanWebPages();
await app.RunAsync();
return 0;
