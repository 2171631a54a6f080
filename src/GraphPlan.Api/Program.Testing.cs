// Lets WebApplicationFactory<Program> in tests/GraphPlan.Api.Tests start the real host.
public partial class Program;
