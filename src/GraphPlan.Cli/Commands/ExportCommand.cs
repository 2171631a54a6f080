using System.CommandLine;
using GraphPlan.Core.Export;
using GraphPlan.Core.Seed;
using GraphPlan.Core.Store;
using GraphPlan.Storage.Embedded;
using GraphPlan.Storage.Neo4j;

namespace GraphPlan.Cli.Commands;

/// <summary><c>export</c>: the whole graph as JSON, GraphML or a Cypher script, from the seed or from an embedded store.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "json, graphml, or cypher (a script for cypher-shell).",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "graphml", "cypher");
        var seed = SeedOptions.Seed();
        var database = new Option<FileInfo?>("--database") { Description = "Export this embedded store instead of the seed." };
        var output = SeedOptions.Output();
        var command = new Command("export", "Export the whole graph: nodes with id, kinds, names, aliases, properties, provenance; edges with type, ends, provenance.") { format, seed, database, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            GraphData graph;
            if (parse.GetValue(database) is { } file)
            {
                if (!file.Exists)
                {
                    Console.Error.WriteLine($"no store at {file.FullName}");
                    return 1;
                }

                using var store = new EmbeddedGraphStore(new EmbeddedStoreOptions { Path = file.FullName });
                graph = await store.ExportAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                graph = SeedLoader.Load(parse.GetValue(seed)!.FullName).Graph;
            }

            var path = parse.GetValue(output)?.FullName;
            await using var stream = path is null ? Console.OpenStandardOutput() : File.Create(path);
            switch (parse.GetValue(format))
            {
                case "graphml":
                    GraphMLWriter.Write(graph, stream);
                    break;
                case "cypher":
                    await using (var writer = new StreamWriter(stream, leaveOpen: true))
                    {
                        CypherScriptWriter.Write(graph, writer);
                    }

                    break;
                default:
                    GraphJsonWriter.Write(graph, stream);
                    break;
            }

            return 0;
        });
        return command;
    }
}
