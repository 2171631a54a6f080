using System.Net;
using System.Text.Json;
using GraphPlan.GraphQL.Limits;

namespace GraphPlan.Api.Tests.BadInput;

/// <summary>
/// Every document limit alone, exactly at its default value (not refused by it) and one past it (refused with its
/// code, naming its key). Each document stays within every other limit; the complexity budget is raised so it cannot
/// mask a shape limit (the complexity limit has its own tests in group C).
/// </summary>
public sealed class LimitEdgeTests(LimitEdgeTests.Factory factory) : IClassFixture<LimitEdgeTests.Factory>
{
    private const string Hydrogen = "node(id: \"industry:hydrogen\")";
    private const string PartOf = "related(direction: OUTGOING, kinds: [PART_OF])";
    private static readonly GraphQLLimitsOptions _defaults = new();
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Limits =>
    [
        nameof(GraphQLLimitsOptions.MaxDocumentLength),
        nameof(GraphQLLimitsOptions.MaxTokens),
        nameof(GraphQLLimitsOptions.MaxDepth),
        nameof(GraphQLLimitsOptions.MaxIntrospectionDepth),
        nameof(GraphQLLimitsOptions.MaxAliases),
        nameof(GraphQLLimitsOptions.MaxRootFields),
        nameof(GraphQLLimitsOptions.MaxMutationRootFields),
        nameof(GraphQLLimitsOptions.MaxFields),
        nameof(GraphQLLimitsOptions.MaxDirectivesPerLocation),
        nameof(GraphQLLimitsOptions.MaxDirectives),
        nameof(GraphQLLimitsOptions.MaxOperations),
        nameof(GraphQLLimitsOptions.MaxFragments),
        nameof(GraphQLLimitsOptions.MaxFragmentSpreads),
        nameof(GraphQLLimitsOptions.MaxVariablesDepth),
    ];

    [Theory]
    [MemberData(nameof(Limits))]
    public async Task A_document_exactly_at_a_limit_is_not_refused_by_it(string limit)
    {
        var (code, value) = Describe(limit);

        using var response = await _client.PostJsonAsync(Body(limit, value));

        var body = await response.JsonAsync();
        var codes = body.TryGetProperty("errors", out var errors) ? errors.EnumerateArray().Select(e => e.GetProperty("extensions").GetProperty("code").GetString()).ToList() : [];
        Assert.DoesNotContain(code, codes);
        Assert.DoesNotContain(limit, body.GetRawText(), StringComparison.Ordinal);
        await _client.AssertStillServesAsync();
    }

    [Theory]
    [MemberData(nameof(Limits))]
    public async Task A_document_one_past_a_limit_is_refused_naming_it(string limit)
    {
        var (code, value) = Describe(limit);

        using var response = await _client.PostJsonAsync(Body(limit, value + 1));

        var body = await response.AssertRefusedAsync(code);
        var message = body.GetProperty("errors")[0].GetProperty("message").GetString()!;
        Assert.Contains($"GraphQL:Limits:{limit}", message, StringComparison.Ordinal);
        Assert.Contains(value.ToString(System.Globalization.CultureInfo.InvariantCulture), message, StringComparison.Ordinal);
        await _client.AssertStillServesAsync();
    }

    [Fact]
    public async Task A_body_of_exactly_the_size_limit_is_read_and_one_byte_more_is_413()
    {
        var limit = _defaults.MaxRequestBodyBytes;

        using var at = await _client.PostJsonAsync(PaddedBody(limit));
        using var past = await _client.PostJsonAsync(PaddedBody(limit + 1));

        Assert.Equal(HttpStatusCode.OK, at.StatusCode);
        Assert.Equal("Query", (await at.JsonAsync()).GetProperty("data").GetProperty("__typename").GetString());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, past.StatusCode);
        Assert.Equal("REQUEST_TOO_LARGE", (await past.JsonAsync()).GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_document_the_complexity_analyzer_cannot_measure_gets_the_validation_error_not_a_crash()
    {
        // Unknown fields under a multiplied list: the analyzer gives up, and validation names the real problem.
        using var response = await _client.PostQueryAsync("{ entities(first: 100) { nodes { nope { id } } } }");

        var body = await response.AssertRefusedAsync("FIELDS_ON_CORRECT_TYPE");
        Assert.Contains("nope", body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        await _client.AssertStillServesAsync();
    }

    private static (string Code, int Value) Describe(string limit)
    {
        var value = (int)typeof(GraphQLLimitsOptions).GetProperty(limit)!.GetValue(_defaults)!;
        var code = limit switch
        {
            nameof(GraphQLLimitsOptions.MaxDocumentLength) => "MAX_DOCUMENT_LENGTH",
            nameof(GraphQLLimitsOptions.MaxTokens) => "MAX_TOKENS_LIMIT",
            nameof(GraphQLLimitsOptions.MaxDepth) => "MAX_DEPTH_LIMIT",
            nameof(GraphQLLimitsOptions.MaxIntrospectionDepth) => "MAX_INTROSPECTION_DEPTH_LIMIT",
            nameof(GraphQLLimitsOptions.MaxAliases) => "MAX_ALIASES_LIMIT",
            nameof(GraphQLLimitsOptions.MaxRootFields) or nameof(GraphQLLimitsOptions.MaxMutationRootFields) => "MAX_ROOT_FIELDS_LIMIT",
            nameof(GraphQLLimitsOptions.MaxFields) => "MAX_FIELDS_LIMIT",
            nameof(GraphQLLimitsOptions.MaxDirectivesPerLocation) or nameof(GraphQLLimitsOptions.MaxDirectives) => "MAX_DIRECTIVES_LIMIT",
            nameof(GraphQLLimitsOptions.MaxOperations) => "MAX_OPERATIONS_LIMIT",
            nameof(GraphQLLimitsOptions.MaxFragments) or nameof(GraphQLLimitsOptions.MaxFragmentSpreads) => "MAX_FRAGMENTS_LIMIT",
            nameof(GraphQLLimitsOptions.MaxVariablesDepth) => "MAX_VARIABLES_DEPTH",
            _ => throw new ArgumentOutOfRangeException(nameof(limit), limit, null),
        };
        return (code, value);
    }

    /// <summary>A request whose document (or variables) measures exactly <paramref name="n"/> on the one limit, and little on every other.</summary>
    private static string Body(string limit, int n)
    {
        string? operationName = null;
        string? variables = null;
        var query = limit switch
        {
            nameof(GraphQLLimitsOptions.MaxDocumentLength) => "#" + new string('x', n - 16) + "\n{ __typename }",
            // Fixed tokens: query ( $ v : [ Int ] = [ ] ) { __typename } = 15.
            nameof(GraphQLLimitsOptions.MaxTokens) => "query($v: [Int] = [" + string.Join(' ', Enumerable.Repeat("1", n - 15)) + "]) { __typename }",
            nameof(GraphQLLimitsOptions.MaxDepth) => $"{{ {Hydrogen} {{ {Chain(n - 1)} }} }}",
            nameof(GraphQLLimitsOptions.MaxIntrospectionDepth) => "{ __type(name: \"Query\") { " + string.Concat(Enumerable.Repeat("ofType { ", n - 2)) + "name" + string.Concat(Enumerable.Repeat(" }", n - 2)) + " } }",
            nameof(GraphQLLimitsOptions.MaxAliases) => $"{{ {Hydrogen} {{ {string.Concat(Enumerable.Range(0, n).Select(i => $"a{i}: id "))}}} }}",
            nameof(GraphQLLimitsOptions.MaxRootFields) => "{ " + string.Concat(Enumerable.Repeat("__typename ", n)) + "}",
            nameof(GraphQLLimitsOptions.MaxMutationRootFields) => "mutation { " + string.Concat(Enumerable.Repeat("__typename ", n)) + "}",
            nameof(GraphQLLimitsOptions.MaxFields) => $"{{ {Hydrogen} {{ {string.Concat(Enumerable.Repeat("id ", n - 1))}}} }}",
            nameof(GraphQLLimitsOptions.MaxDirectivesPerLocation) => "{ __typename " + string.Concat(Enumerable.Repeat("@include(if: true) ", n)) + "}",
            nameof(GraphQLLimitsOptions.MaxDirectives) => $"{{ {Hydrogen} {{ {string.Concat(Enumerable.Repeat("id @include(if: true) ", n))}}} }}",
            nameof(GraphQLLimitsOptions.MaxOperations) => string.Concat(Enumerable.Range(0, n).Select(i => $"query Q{i} {{ __typename }} ")),
            nameof(GraphQLLimitsOptions.MaxFragments) => $"{{ ...F{n - 1} }} fragment F0 on Query {{ __typename }} " + string.Concat(Enumerable.Range(1, n - 1).Select(i => $"fragment F{i} on Query {{ ...F{i - 1} }} ")),
            nameof(GraphQLLimitsOptions.MaxFragmentSpreads) => $"{{ {Hydrogen} {{ {string.Concat(Enumerable.Repeat("...F ", n))}}} }} fragment F on Entity {{ id }}",
            nameof(GraphQLLimitsOptions.MaxVariablesDepth) => "query($v: Int) { __typename }",
            _ => throw new ArgumentOutOfRangeException(nameof(limit), limit, null),
        };
        if (limit == nameof(GraphQLLimitsOptions.MaxOperations))
        {
            operationName = "Q0";
        }

        if (limit == nameof(GraphQLLimitsOptions.MaxVariablesDepth))
        {
            // The variables object is one level; the rest are nested arrays.
            variables = "{\"v\":" + new string('[', n - 1) + new string(']', n - 1) + "}";
        }

        return "{\"query\":" + JsonSerializer.Serialize(query)
            + (operationName is null ? string.Empty : ",\"operationName\":" + JsonSerializer.Serialize(operationName))
            + (variables is null ? string.Empty : ",\"variables\":" + variables) + "}";
    }

    /// <summary>Selections <paramref name="depth"/> levels deep along PART_OF (a short chain, so it runs in no time).</summary>
    private static string Chain(int depth)
    {
        var pairs = depth % 2 == 1 ? (depth - 1) / 2 : (depth - 2) / 2;
        var leaf = depth % 2 == 1 ? "id" : $"{PartOf} {{ kind }}";
        return string.Concat(Enumerable.Repeat($"{PartOf} {{ entity {{ ", pairs)) + leaf + string.Concat(Enumerable.Repeat(" } }", pairs));
    }

    private static string PaddedBody(int bytes)
    {
        const string Head = "{\"query\":\"{ __typename }\",\"pad\":\"";
        return Head + new string('x', bytes - Head.Length - 2) + "\"}";
    }

    /// <summary>The bad-input host with introspection on and a complexity budget too large to interfere.</summary>
    public sealed class Factory : BadInputApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["GraphQL:Introspection"] = "true",
            ["GraphQL:Limits:MaxComplexity"] = "1000000000",
        };
    }
}
