using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;

namespace GraphPlan.GraphQL.Responses;

/// <summary>
/// GraphQL.NET's System.Text.Json serializer (errors shaped by the registered <see cref="IErrorInfoProvider"/>, Chinese
/// written as is), plus a synchronous write into a buffer. The result converter writes a whole result in one call, so
/// writing to a stream makes System.Text.Json buffer it all anyway, growing a rented array by doubling and copying.
/// </summary>
public sealed class GraphPlanSerializer(IErrorInfoProvider errorInfoProvider)
    : GraphQLSerializer(options => options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, errorInfoProvider)
{
    /// <summary>Writes <paramref name="result"/> with <paramref name="writer"/>, which writes into its own buffer.</summary>
    public void Write(Utf8JsonWriter writer, ExecutionResult result) => JsonSerializer.Serialize(writer, result, SerializerOptions);
}
