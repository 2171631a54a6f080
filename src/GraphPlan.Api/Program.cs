using GraphPlan.Api.Hosting;
using GraphPlan.Core.Seed;
using GraphPlan.GraphQL;
using GraphPlan.Storage.Neo4j;

var builder = WebApplication.CreateBuilder(args);
builder.Services
    .AddGraphPlanStore(builder.Configuration)
    .AddGraphPlanGraphQL()
    .AddHostedService<SeedStartup>();

var app = builder.Build();
app.MapGraphPlanGraphQL();
app.MapGraphPlanHealth();
app.MapGraphPlanExport();
app.MapGet("/", () => Results.Text(
    """
    GraphPlan: the Jiaxing Port Area 14th Five-Year Plan as a knowledge graph.
    POST /graphql with {"query": "..."}  (GET /graphql?query=... for queries)
    GET  /health
    Schema: schema/schema.graphql in the repository.
    """));
try
{
    await app.RunAsync();
}
catch (Exception ex) when (ex is Neo4jException or SeedValidationException)
{
    // The store or the seed is unusable: say why in one message and stop, instead of serving errors later.
    Console.Error.WriteLine($"GraphPlan cannot start: {ex.Message}");
    Environment.ExitCode = 1;
}
