using System.CommandLine;
using GraphPlan.Core.Seed;
using GraphPlan.Storage.Embedded;

namespace GraphPlan.Cli.Commands;

/// <summary><c>import</c>: validates the seed and writes it into the embedded store (idempotent).</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var seed = SeedOptions.Seed();
        var database = SeedOptions.Database();
        var command = new Command("import", "Validate the seed and import it into the embedded store; importing twice leaves one copy.") { seed, database };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var set = SeedLoader.Load(parse.GetValue(seed)!.FullName);
            using var store = new EmbeddedGraphStore(new EmbeddedStoreOptions { Path = parse.GetValue(database)!.FullName });
            await store.ImportAsync(set.Graph, cancellationToken).ConfigureAwait(false);
            var stats = await store.GetStatisticsAsync(cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"imported {set.Graph.Entities.Count} entities and {set.Graph.Relationships.Count} relationships; the store now holds {stats.EntityCount} and {stats.RelationshipCount}");
            return 0;
        });
        return command;
    }
}
