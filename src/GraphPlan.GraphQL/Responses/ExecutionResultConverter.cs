using System.Text.Json;
using System.Text.Json.Serialization;
using GraphPlan.GraphQL.Records;
using GraphQL;
using GraphQL.Execution;

namespace GraphPlan.GraphQL.Responses;

/// <summary>
/// Writes an execution result as the GraphQL over HTTP specification shapes it (<c>errors</c>, <c>data</c>,
/// <c>extensions</c>, in that order, as GraphQL.NET's own converter does), walking the execution nodes directly:
/// strings, booleans and numbers are written by the writer itself rather than by a serializer call per value, and
/// <see cref="RecordNode"/>s and <see cref="ReadRecord"/>s read in one step are written from their values.
/// </summary>
internal sealed class ExecutionResultConverter : JsonConverter<ExecutionResult>
{
    public override ExecutionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Execution results are written, not read.");

    public override void Write(Utf8JsonWriter writer, ExecutionResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            JsonSerializer.Serialize(writer, errors, options);
        }

        if (value.Executed)
        {
            writer.WritePropertyName("data");
            if (value.Data is ExecutionNode node)
            {
                WriteNode(writer, node, options);
            }
            else
            {
                JsonSerializer.Serialize(writer, value.Data, options);
            }
        }

        if (value.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            JsonSerializer.Serialize(writer, extensions, options);
        }

        writer.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter writer, ExecutionNode node, JsonSerializerOptions options)
    {
        switch (node)
        {
            case RecordNode { Values: not null, SubFields: null }:
                writer.WriteNullValue();
                break;
            case RecordNode { Values: { } values } record:
                WriteFields(writer, record.Names, values, options);
                break;
            case ValueExecutionNode value:
                WriteValue(writer, value.ToValue(), options);
                break;
            case ObjectExecutionNode { SubFields: null }:
                writer.WriteNullValue();
                break;
            case ObjectExecutionNode { SubFields: { } fields }:
                writer.WriteStartObject();
                foreach (var field in fields)
                {
                    writer.WritePropertyName(Name(field.Name!, options));
                    WriteNode(writer, field, options);
                }

                writer.WriteEndObject();
                break;
            case ArrayExecutionNode { Items: null } array:
                WriteValue(writer, array.SerializedResult, options);
                break;
            case ArrayExecutionNode { Items: { } items }:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteNode(writer, item, options);
                }

                writer.WriteEndArray();
                break;
            case NullExecutionNode:
                writer.WriteNullValue();
                break;
            default:
                WriteValue(writer, node.ToValue(), options);
                break;
        }
    }

    /// <summary>An object read in one step: each value is written as it is, or as the child node it is.</summary>
    private static void WriteFields(Utf8JsonWriter writer, IReadOnlyList<string> names, IReadOnlyList<object?> values, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        for (var i = 0; i < values.Count; i++)
        {
            writer.WritePropertyName(Name(names[i], options));
            if (values[i] is ExecutionNode child)
            {
                WriteNode(writer, child, options);
            }
            else
            {
                WriteValue(writer, values[i], options);
            }
        }

        writer.WriteEndObject();
    }

    private static string Name(string name, JsonSerializerOptions options) =>
        options.PropertyNamingPolicy is { } policy ? policy.ConvertName(name) : name;

    private static void WriteValue(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number when double.IsFinite(number):
                writer.WriteNumberValue(number);
                break;
            case ReadRecord record:
                WriteFields(writer, record.Names, record.Values, options);
                break;
            case ReadRecord?[] records:
                writer.WriteStartArray();
                foreach (var item in records)
                {
                    WriteValue(writer, item, options);
                }

                writer.WriteEndArray();
                break;
            default:
                JsonSerializer.Serialize(writer, value, options);
                break;
        }
    }
}
