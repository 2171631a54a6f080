using System.CommandLine;
using GraphPlan.Core.Seed;

namespace GraphPlan.Cli.Commands;

/// <summary><c>coverage</c>: the seed's coverage report; <c>--write</c> refreshes the block in seed/README.md.</summary>
internal static class CoverageCommand
{
    public static Command Create()
    {
        var seed = SeedOptions.Seed();
        var write = new Option<FileInfo?>("--write") { Description = "Markdown file whose coverage block to refresh (e.g. seed/README.md)." };
        var command = new Command("coverage", "Report what the seed covers: entities per kind and chapter, relationships per kind and basis, unlinked entities.") { seed, write };
        command.SetAction(parse =>
        {
            var loaded = SeedLoader.Load(parse.GetValue(seed)!.FullName);
            var report = SeedCoverage.Report(loaded.Graph, loaded.SourceText);
            if (parse.GetValue(write) is { } file)
            {
                File.WriteAllText(file.FullName, SeedCoverage.ReplaceBlock(File.ReadAllText(file.FullName), report));
                Console.Error.WriteLine($"wrote the coverage block of {file.FullName}");
            }
            else
            {
                Console.Out.Write(report);
            }

            return 0;
        });
        return command;
    }
}
