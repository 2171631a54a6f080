using System.CommandLine;
using GraphPlan.Core.Seed;

namespace GraphPlan.Cli.Commands;

/// <summary><c>validate</c>: checks the seed and lists every problem, one a line; exit 1 when there is any.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var seed = SeedOptions.Seed();
        var command = new Command("validate", "Check the seed: kinds, values, ids, references, and every quote against the plan text.") { seed };
        command.SetAction(parse =>
        {
            var (set, errors) = SeedLoader.Read(parse.GetValue(seed)!.FullName);
            foreach (var error in errors)
            {
                Console.Error.WriteLine(error);
            }

            if (errors.Count > 0)
            {
                Console.Error.WriteLine($"seed invalid: {errors.Count} problem(s)");
                return 1;
            }

            Console.WriteLine($"seed valid: {set.Graph.Entities.Count} entities, {set.Graph.Relationships.Count} relationships in {set.Files.Count} files");
            return 0;
        });
        return command;
    }
}
