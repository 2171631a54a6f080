using System.Text.Json;
using System.Xml.Linq;
using GraphPlan.Core.Export;
using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using GraphPlan.Testing;

namespace GraphPlan.Core.Tests.Export;

/// <summary>
/// Text that the rules now refuse may still sit in a store written before them; every exporter must still produce a
/// document its readers parse, and must write the graph out in bounded chunks.
/// </summary>
public sealed class HostileTextExportTests
{
    private const string Hostile = "a\0b\vc\u001Bd\u007Fe\uD800f\uDC00g\uFFFEh<&>\"'\u202E🚀\n]]>";

    private static GraphData HostileGraph()
    {
        var graph = SampleGraph.Create();
        var hostile = SampleGraph.Entity("project:hostile", EntityKind.Project, "项目" + Hostile, "Project" + Hostile, Hostile) with
        {
            Attributes = new Dictionary<string, string> { ["capacity"] = Hostile },
            Values = [new Measurement { Year = 2025, Role = ValueRole.Target, Text = Hostile, Value = 1, Unit = Hostile }],
            Provenance = [new Provenance(SampleGraph.Section, Hostile)],
        };
        var link = SampleGraph.Link("project:hostile", RelationshipKind.Supports, SampleGraph.Target) with { Provenance = [new Provenance(SampleGraph.Section, Hostile)] };
        return graph with { Entities = [.. graph.Entities, hostile], Relationships = [.. graph.Relationships, link] };
    }

    [Fact]
    public void The_graphml_export_of_hostile_text_is_well_formed_xml()
    {
        using var stream = new MemoryStream();

        GraphMLWriter.Write(HostileGraph(), stream);

        stream.Position = 0;
        var document = XDocument.Load(stream);
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var node = document.Descendants(ns + "node").Single(n => (string?)n.Attribute("id") == "project:hostile");
        var nameEn = node.Elements(ns + "data").Single(d => (string?)d.Attribute("key") == "nameEn").Value;
        Assert.Equal("Projecta\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh<&>\"'\u202E🚀\n]]>", nameEn);
        Assert.Single(document.Descendants(ns + "edge"), e => (string?)e.Attribute("source") == "project:hostile");
    }

    [Fact]
    public void The_json_export_of_hostile_text_parses_and_keeps_what_is_valid()
    {
        using var stream = new MemoryStream();

        GraphJsonWriter.Write(HostileGraph(), stream);

        using var json = JsonDocument.Parse(stream.ToArray());
        var node = json.RootElement.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "project:hostile");
        Assert.Equal("项目a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh<&>\"'\u202E🚀\n]]>", node.GetProperty("name").GetString());
        Assert.Equal("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFDg\uFFFDh<&>\"'\u202E🚀\n]]>", node.GetProperty("aliases")[0].GetString());
    }

    [Fact]
    public async Task Both_exports_reach_the_stream_in_bounded_chunks_not_one_buffer()
    {
        var graph = Generated(20_000);
        foreach (var (write, chunk) in new (Func<GraphData, Stream, CancellationToken, Task>, int)[] { (GraphJsonWriter.WriteAsync, GraphJsonWriter.ChunkBytes), (GraphMLWriter.WriteAsync, GraphMLWriter.ChunkBytes) })
        {
            using var output = new RecordingStream();

            await write(graph, output, CancellationToken.None);

            Assert.True(output.Length > 4 * 1024 * 1024, $"the export has {output.Length} bytes");
            Assert.True(output.LargestWrite <= 2 * chunk, $"largest single write {output.LargestWrite} bytes");
            Assert.True(output.Writes > 30, $"{output.Writes} writes");
        }
    }

    private static GraphData Generated(int count)
    {
        var entities = Enumerable.Range(0, count)
            .Select(i => SampleGraph.Entity($"project:generated-{i:D6}", EntityKind.Project, $"项目{i}", $"Generated project number {i} of the export test", $"别名{i}"))
            .ToList();
        var relationships = Enumerable.Range(1, count - 1).Select(i => SampleGraph.Link(entities[i].Id, RelationshipKind.DependsOn, entities[i - 1].Id)).ToList();
        return new GraphData(entities, relationships);
    }

    /// <summary>Counts what reaches it instead of keeping it; refuses synchronous writes as an HTTP response body does.</summary>
    private sealed class RecordingStream : Stream
    {
        private long _length;

        public int Writes { get; private set; }

        public int LargestWrite { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous writes are not allowed.");

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Writes++;
            LargestWrite = Math.Max(LargestWrite, buffer.Length);
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();
    }
}
