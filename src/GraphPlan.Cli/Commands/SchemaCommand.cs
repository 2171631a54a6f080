using System.CommandLine;
using GraphPlan.GraphQL;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphPlan.Cli.Commands;

/// <summary><c>schema export</c>: prints the GraphQL schema from the code, the same registration the API uses.</summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var output = new Option<FileInfo?>("--output", "-o") { Description = "File to write; standard output when omitted." };
        var export = new Command("export", "Print the GraphQL SDL of the schema (writes schema/schema.graphql with -o).") { output };
        export.SetAction(parse =>
        {
            using var services = new ServiceCollection().AddGraphPlanGraphQL().BuildServiceProvider();
            var sdl = services.GetRequiredService<ISchema>().Print().ReplaceLineEndings("\n").TrimEnd() + "\n";
            if (parse.GetValue(output) is { } file)
            {
                File.WriteAllText(file.FullName, sdl);
                Console.Error.WriteLine($"wrote {file.FullName}");
            }
            else
            {
                Console.Out.Write(sdl);
            }

            return 0;
        });
        return new Command("schema", "The GraphQL schema.") { export };
    }
}
