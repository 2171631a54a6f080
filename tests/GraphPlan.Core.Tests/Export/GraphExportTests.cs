using System.Text.Json;
using System.Xml.Linq;
using GraphPlan.Core.Export;
using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using GraphPlan.Testing;

namespace GraphPlan.Core.Tests.Export;

public sealed class GraphExportTests
{
    [Fact]
    public void The_json_export_holds_every_node_and_edge_with_names_and_provenance()
    {
        var graph = SampleGraph.Create();
        using var stream = new MemoryStream();

        GraphJsonWriter.Write(graph, stream);

        using var json = JsonDocument.Parse(stream.ToArray());
        var nodes = json.RootElement.GetProperty("nodes").EnumerateArray().ToList();
        var edges = json.RootElement.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(graph.Entities.Count, nodes.Count);
        Assert.Equal(graph.Relationships.Count, edges.Count);
        var hydrogen = nodes.Single(n => n.GetProperty("id").GetString() == SampleGraph.Hydrogen);
        Assert.Equal("氢能", hydrogen.GetProperty("name").GetString());
        Assert.Equal(["Industry"], hydrogen.GetProperty("kinds").EnumerateArray().Select(k => k.GetString()));
        Assert.Equal("core", hydrogen.GetProperty("properties").GetProperty("level").GetString());
        Assert.Equal(["氢能源"], hydrogen.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
        var target = nodes.Single(n => n.GetProperty("id").GetString() == SampleGraph.Target);
        Assert.Equal(100, target.GetProperty("properties").GetProperty("values")[0].GetProperty("value").GetDecimal());
        var supports = edges.Single(e => e.GetProperty("type").GetString() == "SUPPORTS");
        Assert.Equal(SampleGraph.Station, supports.GetProperty("source").GetString());
        Assert.Equal(SampleGraph.Target, supports.GetProperty("target").GetString());
        Assert.NotEmpty(supports.GetProperty("provenance")[0].GetProperty("quote").GetString()!);
    }

    [Fact]
    public void The_graphml_export_is_well_formed_with_one_element_per_node_and_edge()
    {
        var graph = SampleGraph.Create();
        using var stream = new MemoryStream();

        GraphMLWriter.Write(graph, stream);

        stream.Position = 0;
        var document = XDocument.Load(stream);
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        Assert.Equal(graph.Entities.Count, document.Descendants(ns + "node").Count());
        var edge = document.Descendants(ns + "edge").Single(e => (string?)e.Attribute("source") == SampleGraph.Zone);
        Assert.Equal(SampleGraph.Hydrogen, (string?)edge.Attribute("target"));
        Assert.Equal("FOCUSES_ON", edge.Elements(ns + "data").Single(d => (string?)d.Attribute("key") == "type").Value);
        var name = document.Descendants(ns + "node").Single(n => (string?)n.Attribute("id") == SampleGraph.Hydrogen)
            .Elements(ns + "data").Single(d => (string?)d.Attribute("key") == "name").Value;
        Assert.Equal("氢能", name);
    }

    [Fact]
    public void Both_exports_carry_an_inferred_links_reasoning_and_leave_it_out_of_a_stated_link()
    {
        var inferred = new Relationship(SampleGraph.Plant, RelationshipKind.Supports, SampleGraph.Target)
        {
            Provenance = [new Provenance(SampleGraph.Section, "充分发挥国内首座商用液氢工厂的示范作用", Basis.Inferred)],
            Reasoning = "the plant is one of the hydrogen projects, and the hydrogen target measures their output",
        };
        var sample = SampleGraph.Create();
        var graph = new GraphData(sample.Entities, [.. sample.Relationships, inferred]);
        using var json = new MemoryStream();
        using var graphml = new MemoryStream();

        GraphJsonWriter.Write(graph, json);
        GraphMLWriter.Write(graph, graphml);

        var edges = JsonDocument.Parse(json.ToArray()).RootElement.GetProperty("edges").EnumerateArray().ToList();
        Assert.Equal(inferred.Reasoning, edges.Single(e => e.GetProperty("id").GetString() == inferred.Id).GetProperty("reasoning").GetString());
        Assert.False(edges.Single(e => e.GetProperty("source").GetString() == SampleGraph.Zone).TryGetProperty("reasoning", out _));
        graphml.Position = 0;
        XNamespace ns = "http://graphml.graphdrawing.org/xmlns";
        var edge = XDocument.Load(graphml).Descendants(ns + "edge").Single(e => (string?)e.Attribute("id") == inferred.Id);
        Assert.Equal(inferred.Reasoning, edge.Elements(ns + "data").Single(d => (string?)d.Attribute("key") == "reasoning").Value);
    }
}
