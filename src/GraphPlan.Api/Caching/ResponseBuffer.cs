using System.Buffers;
using System.Text.Json;
using GraphPlan.GraphQL.Responses;
using GraphQL;

namespace GraphPlan.Api.Caching;

/// <summary>
/// A reusable buffer and JSON writer for one response at a time: the answer is written straight into a buffer that keeps
/// its size between requests (see <see cref="GraphPlanSerializer"/>, whose writer options it is made with), then to the
/// body with its Content-Length.
/// </summary>
internal sealed class ResponseBuffer : IDisposable
{
    private readonly ArrayBufferWriter<byte> _bytes = new(16 * 1024);
    private readonly Utf8JsonWriter _writer;

    public ResponseBuffer(JsonWriterOptions options)
    {
        _writer = new Utf8JsonWriter(_bytes, options);
    }

    public int Capacity => _bytes.Capacity;

    /// <summary>The serialized result, valid until <see cref="Clear"/>.</summary>
    public ReadOnlyMemory<byte> Serialize(GraphPlanSerializer serializer, ExecutionResult result)
    {
        _writer.Reset(_bytes);
        serializer.Write(_writer, result);
        _writer.Flush();
        return _bytes.WrittenMemory;
    }

    public void Clear() => _bytes.ResetWrittenCount();

    public void Dispose() => _writer.Dispose();
}
