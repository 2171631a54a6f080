using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using GraphPlan.Testing;

namespace GraphPlan.GraphQL.Tests;

/// <summary>
/// The outputs the documentation shows are real: every <c>X.response.json</c> beside an operation <c>X.graphql</c> in
/// schema/queries is what that operation (with the variables of <c>X.variables.json</c>, if any) answers on the
/// curated plan under the API's default limits. Set GRAPHPLAN_RECORD_RESPONSES=1 to write them again after a
/// deliberate change to the seed or the schema, then review the diff.
/// </summary>
public sealed class RecordedResponseTests : IClassFixture<AnalystQueryTests.BudgetedPlanHost>
{
    private static readonly string _queries = Path.Combine(RepositoryPaths.Schema, "queries");

    private static readonly JsonSerializerOptions _printed = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly GraphQLTestHost _host;

    public RecordedResponseTests(AnalystQueryTests.BudgetedPlanHost plan) => _host = plan.Host;

    /// <summary>Every query operation of schema/queries; mutations (curation/) change the graph and are not recorded.</summary>
    public static TheoryData<string> Operations() =>
        new(Directory.EnumerateFiles(_queries, "*.graphql", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_queries, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("curation/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Every_recorded_response_is_what_the_operation_answers(string operation)
    {
        var file = Path.Combine(_queries, operation);
        var recordedFile = Path.ChangeExtension(file, ".response.json");
        var actual = await AnswerAsync(file);

        if (Environment.GetEnvironmentVariable("GRAPHPLAN_RECORD_RESPONSES") == "1")
        {
            await File.WriteAllTextAsync(recordedFile, actual.ToJsonString(_printed) + "\n");
        }

        Assert.True(File.Exists(recordedFile), $"{operation} has no recorded response; run the tests with GRAPHPLAN_RECORD_RESPONSES=1 to write it.");
        var recorded = JsonNode.Parse(await File.ReadAllTextAsync(recordedFile))!;
        Assert.True(JsonNode.DeepEquals(recorded, actual),
            $"{Path.GetRelativePath(RepositoryPaths.Root, recordedFile)} is not what {operation} answers now:\n{actual.ToJsonString(_printed)}");
    }

    [Fact]
    public void Every_recorded_response_belongs_to_an_operation()
    {
        var orphans = Directory.EnumerateFiles(_queries, "*.response.json", SearchOption.AllDirectories)
            .Where(f => !File.Exists(f.Replace(".response.json", ".graphql", StringComparison.Ordinal)))
            .ToList();

        Assert.Empty(orphans);
    }

    [Fact]
    public void The_catalogue_lists_every_operation()
    {
        var catalogue = File.ReadAllText(Path.Combine(_queries, "README.md"));
        var missing = Directory.EnumerateFiles(_queries, "*.graphql", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_queries, f).Replace('\\', '/'))
            .Where(f => !catalogue.Contains($"]({f})", StringComparison.Ordinal))
            .ToList();

        Assert.True(missing.Count == 0, "schema/queries/README.md does not list: " + string.Join(", ", missing));
    }

    [Fact]
    public void The_readme_example_is_pasted_as_recorded()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        var operation = File.ReadAllText(Path.Combine(_queries, "missed-13th-plan-targets.graphql")).TrimEnd();
        var response = File.ReadAllText(Path.Combine(_queries, "missed-13th-plan-targets.response.json")).TrimEnd();

        Assert.Contains(operation, readme, StringComparison.Ordinal);
        Assert.Contains(response, readme, StringComparison.Ordinal);
    }

    /// <summary>The response's data and errors as the API serializes them; extensions (cost) vary with the limits and are left out.</summary>
    private async Task<JsonObject> AnswerAsync(string file)
    {
        var response = JsonNode.Parse((await _host.ExecuteAsync(await File.ReadAllTextAsync(file), VariablesOf(file))).GetRawText())!.AsObject();
        var answer = new JsonObject();
        foreach (var member in new[] { "errors", "data" })
        {
            if (response[member] is { } value)
            {
                answer[member] = value.DeepClone();
            }
        }

        return answer;
    }

    /// <summary>The variables of <c>X.variables.json</c> beside an operation <c>X.graphql</c>, or null when it has none.</summary>
    internal static Dictionary<string, object?>? VariablesOf(string file)
    {
        var variablesFile = Path.ChangeExtension(file, ".variables.json");
        return File.Exists(variablesFile)
            ? JsonDocument.Parse(File.ReadAllText(variablesFile)).RootElement.EnumerateObject().ToDictionary(v => v.Name, v => Scalar(v.Value))
            : null;
    }

    private static object? Scalar(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number when value.TryGetInt32(out var whole) => whole,
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Null => null,
        JsonValueKind.Array => value.EnumerateArray().Select(Scalar).ToList(),
        _ => throw new NotSupportedException($"Example variables are scalars or lists; got {value.ValueKind}."),
    };
}
