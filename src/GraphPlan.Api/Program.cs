using GraphPlan.Api.Hosting;
using GraphPlan.GraphQL;

var builder = WebApplication.CreateBuilder(args);
builder.Services
    .AddGraphPlanStore(builder.Configuration)
    .AddGraphPlanGraphQL()
    .AddHostedService<SeedStartup>();

var app = builder.Build();
app.MapGraphPlanGraphQL();
app.MapGraphPlanHealth();
app.MapGet("/", () => Results.Text(
    """
    GraphPlan: the Jiaxing Port Area 14th Five-Year Plan as a knowledge graph.
    POST /graphql with {"query": "..."}  (GET /graphql?query=... for queries)
    GET  /health
    Schema: schema/schema.graphql in the repository.
    """));
await app.RunAsync();
