using System.CommandLine;

namespace GraphPlan.Cli.Commands;

/// <summary>Options several commands share.</summary>
internal static class SeedOptions
{
    public static Option<DirectoryInfo> Seed() => new("--seed")
    {
        Description = "The seed folder.",
        DefaultValueFactory = _ => new DirectoryInfo("seed"),
    };

    public static Option<FileInfo> Database() => new("--database")
    {
        Description = "The embedded store's file.",
        DefaultValueFactory = _ => new FileInfo(Path.Combine("src", "GraphPlan.Api", "App_Data", "graphplan.db")),
    };

    public static Option<FileInfo?> Output() => new("--output", "-o") { Description = "File to write; standard output when omitted." };
}
