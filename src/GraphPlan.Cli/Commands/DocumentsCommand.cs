using System.CommandLine;
using GraphPlan.GraphQL;
using GraphPlan.GraphQL.TrustedDocuments;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphPlan.Cli.Commands;

/// <summary>
/// <c>documents manifest</c>: a trusted-document manifest from a folder of operations (each id the <c>sha256:</c> of the
/// file's bytes); <c>documents validate</c>: a client's manifest checked against the schema before the API loads it.
/// </summary>
internal static class DocumentsCommand
{
    public static Command Create()
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "Folder of .graphql operations (searched recursively), e.g. schema/queries." };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "File to write; standard output when omitted." };
        var manifest = new Command("manifest", "Print the manifest {\"sha256:<hex>\": \"<document>\"} of every .graphql file under a folder.") { folder, output };
        manifest.SetAction(parse =>
        {
            var source = parse.GetValue(folder)!;
            if (!source.Exists)
            {
                Console.Error.WriteLine($"error: no folder {source.FullName}");
                return 1;
            }

            var built = TrustedDocumentManifest.FromFolder(source.FullName);
            if (built.Documents.Count == 0)
            {
                Console.Error.WriteLine($"error: no .graphql file under {source.FullName}");
                return 1;
            }

            if (parse.GetValue(output) is { } file)
            {
                File.WriteAllText(file.FullName, built.ToJson());
                Console.Error.WriteLine($"wrote {built.Documents.Count} documents to {file.FullName}");
            }
            else
            {
                Console.Out.Write(built.ToJson());
            }

            return 0;
        });

        var file = new Argument<FileInfo>("manifest") { Description = "A manifest file: a JSON object of document ids and texts." };
        var validate = new Command("validate", "Check that each id of a manifest is its document's SHA-256 and each document is valid against the schema.") { file };
        validate.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            TrustedDocumentManifest loaded;
            try
            {
                loaded = TrustedDocumentManifest.Load(path.FullName);
            }
            catch (TrustedDocumentManifestException bad)
            {
                Console.Error.WriteLine($"error: {bad.Message}");
                return 1;
            }

            await using var services = new ServiceCollection().AddGraphPlanGraphQL().BuildServiceProvider();
            var problems = await ManifestValidator.ValidateAsync(loaded, services.GetRequiredService<ISchema>(), services).ConfigureAwait(false);
            foreach (var problem in problems)
            {
                Console.Error.WriteLine($"error: {problem}");
            }

            if (problems.Count > 0)
            {
                Console.Error.WriteLine($"{problems.Count} problem(s) in {loaded.Documents.Count} documents");
                return 1;
            }

            Console.WriteLine($"{loaded.Documents.Count} documents valid against the schema");
            return 0;
        });
        return new Command("documents", "Trusted (persisted) documents.") { manifest, validate };
    }
}
