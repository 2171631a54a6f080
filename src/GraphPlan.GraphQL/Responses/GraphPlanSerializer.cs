using System.Text.Encodings.Web;
using System.Text.Json;
using GraphQL;
using GraphQL.Execution;
using GraphQL.SystemTextJson;

namespace GraphPlan.GraphQL.Responses;

/// <summary>
/// GraphQL.NET's System.Text.Json serializer (errors shaped by the registered <see cref="IErrorInfoProvider"/>, Chinese
/// written as is) with GraphPlan's result writer (<see cref="ExecutionResultConverter"/>), plus a synchronous write into
/// a buffer. A result is written in one call, so writing to a stream makes System.Text.Json buffer it all anyway,
/// growing a rented array by doubling and copying.
/// </summary>
public sealed class GraphPlanSerializer(IErrorInfoProvider errorInfoProvider)
    : GraphQLSerializer(Configure, errorInfoProvider)
{
    /// <summary>Options for a <see cref="Utf8JsonWriter"/> that <see cref="Write"/> writes with: the same escaping as the serializer's.</summary>
    public JsonWriterOptions WriterOptions => new() { Encoder = SerializerOptions.Encoder, Indented = SerializerOptions.WriteIndented, SkipValidation = true };

    /// <summary>Writes <paramref name="result"/> with <paramref name="writer"/> (made with <see cref="WriterOptions"/>), which writes into its own buffer.</summary>
    public void Write(Utf8JsonWriter writer, ExecutionResult result) => JsonSerializer.Serialize(writer, result, SerializerOptions);

    private static void Configure(JsonSerializerOptions options)
    {
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.Converters.Add(new ExecutionResultConverter());
    }
}
