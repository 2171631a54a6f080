using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace GraphPlan.GraphQL.TrustedDocuments;

/// <summary>
/// Checks a client's manifest before it is deployed: each id is the hash of its text, and each document parses and
/// passes the specification's validation against GraphPlan's schema (every operation in it; variable values are the
/// request's business and are not checked).
/// </summary>
public static class ManifestValidator
{
    /// <summary>One line per problem, <c>id: problem</c>, in id order; empty when every document is valid.</summary>
    public static async Task<IReadOnlyList<string>> ValidateAsync(TrustedDocumentManifest manifest, ISchema schema, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(schema);
        if (!schema.Initialized)
        {
            schema.Initialize();
        }

        var problems = new List<string>();
        var mismatched = manifest.Mismatches().ToHashSet(StringComparer.Ordinal);
        var builder = new GraphQLDocumentBuilder();
        var validator = new DocumentValidator();
        foreach (var (id, text) in manifest.Documents)
        {
            if (mismatched.Contains(id))
            {
                problems.Add($"{id}: the text's SHA-256 is {DocumentId.Of(text)}, not its id");
                continue;
            }

            GraphQLDocument document;
            try
            {
                document = builder.Build(text);
            }
            catch (ExecutionError syntax)
            {
                problems.Add($"{id}: {syntax.Message}");
                continue;
            }

            var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
            if (operations.Count == 0)
            {
                problems.Add($"{id}: the document has no operation");
                continue;
            }

            foreach (var operation in operations)
            {
                var result = await validator.ValidateAsync(new ValidationOptions
                {
                    Schema = schema,
                    Document = document,
                    Operation = operation,
                    Rules = DocumentValidator.CoreRules,
                    UserContext = new Dictionary<string, object?>(),
                    Variables = Inputs.Empty,
                    Extensions = Inputs.Empty,
                    RequestServices = services,
                }).ConfigureAwait(false);
                // Variable values are absent here by design; only the document itself is judged.
                foreach (var error in result.Errors.Where(e => e.Code != "INVALID_VALUE"))
                {
                    var name = operation.Name?.StringValue is { } operationName ? $" ({operationName})" : string.Empty;
                    problems.Add($"{id}{name}: {error.Message}");
                }
            }
        }

        return problems;
    }
}
