using System.CommandLine;
using System.Diagnostics;
using GraphPlan.Core.Export;
using GraphPlan.Generation;
using GraphPlan.Storage.Embedded;

namespace GraphPlan.Cli.Commands;

/// <summary><c>generate</c>: a deterministic plan-shaped graph of N entities, imported into an embedded store or written as JSON.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var entities = new Option<int>("--entities", "-n")
        {
            Description = $"How many entities (at least {PlanGraphGenerator.MinimumEntities}); about {PlanGraphGenerator.PlanSize} make one plan.",
            Required = true,
        };
        entities.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < PlanGraphGenerator.MinimumEntities)
            {
                result.AddError($"--entities must be at least {PlanGraphGenerator.MinimumEntities}.");
            }
        });
        var seed = new Option<int>("--seed")
        {
            Description = "Random seed; the same size and seed give the same graph.",
            DefaultValueFactory = _ => 1,
        };
        var database = new Option<FileInfo?>("--database") { Description = "Import into this embedded store (created when missing)." };
        var output = SeedOptions.Output();
        output.Description = "Write the graph as JSON (nodes and edges) to this file.";
        var command = new Command("generate", "Generate a plan-shaped graph for load tests and benchmarks; import it into an embedded store or write it as JSON.") { entities, seed, database, output };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(database) is null) == (result.GetValue(output) is null))
            {
                result.AddError("Give exactly one of --database and --output.");
            }
        });
        command.SetAction(async (parse, cancellationToken) =>
        {
            var clock = Stopwatch.StartNew();
            var graph = PlanGraphGenerator.Generate(parse.GetValue(entities), parse.GetValue(seed));
            Console.WriteLine($"generated {graph.Entities.Count} entities and {graph.Relationships.Count} relationships in {clock.Elapsed.TotalSeconds:F1} s");
            clock.Restart();
            if (parse.GetValue(database) is { } file)
            {
                using var store = new EmbeddedGraphStore(new EmbeddedStoreOptions { Path = file.FullName });
                var opened = clock.Elapsed;
                await store.ImportAsync(graph, cancellationToken).ConfigureAwait(false);
                var stats = await store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
                Console.WriteLine($"imported into {file.FullName} in {(clock.Elapsed - opened).TotalSeconds:F1} s (opening took {opened.TotalSeconds:F1} s); the store now holds {stats.EntityCount} entities and {stats.RelationshipCount} relationships");
            }
            else
            {
                await using var stream = File.Create(parse.GetValue(output)!.FullName);
                GraphJsonWriter.Write(graph, stream);
                Console.WriteLine($"wrote {parse.GetValue(output)!.FullName} in {clock.Elapsed.TotalSeconds:F1} s");
            }

            Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):F0} MiB");
            return 0;
        });
        return command;
    }
}
