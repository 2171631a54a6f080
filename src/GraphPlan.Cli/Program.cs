using System.CommandLine;
using GraphPlan.Cli.Commands;
using GraphPlan.Core.Seed;
using GraphPlan.Core.Store;

var root = new RootCommand("graphplan: import, validate and export the plan graph; print the GraphQL schema.")
{
    ImportCommand.Create(),
    ValidateCommand.Create(),
    ExportCommand.Create(),
    SchemaCommand.Create(),
    CoverageCommand.Create(),
    KeyCommand.Create(),
    GenerateCommand.Create(),
    DocumentsCommand.Create(),
};

try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception ex) when (ex is SeedValidationException or GraphValidationException or IOException or UnauthorizedAccessException)
{
    // One line a problem, no stack trace: these are the user's input, not our bug.
    Console.Error.WriteLine($"error: {ex.Message}");
    return 1;
}
