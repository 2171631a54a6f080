using System.Net;
using System.Text.Json;
using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;

namespace GraphPlan.Storage.Neo4j.Tests.Fakes;

/// <summary>
/// Answers the adapter's reading statements from a <see cref="GraphData"/> the way Neo4j would (same fields,
/// plain JSON), so traversal and neighborhood logic can be checked here without a server. Statements are
/// recognised by their exact text in <see cref="CypherStatements.All"/>.
/// </summary>
public sealed class GraphAnswers(GraphData graph)
{
    private static readonly Dictionary<string, string> _names = CypherStatements.All
        .GroupBy(s => s.Text, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);

    private readonly Dictionary<string, Entity> _entities = graph.Entities.ToDictionary(e => e.Id, StringComparer.Ordinal);

    public HttpResponseMessage Answer(RecordedRequest request)
    {
        var name = _names.GetValueOrDefault(request.Statement) ?? throw new InvalidOperationException($"not a catalogued statement: {request.Statement}");
        var parameters = request.Parameters;
        return name switch
        {
            "entities.get" => Reply(["entity"], Strings(parameters, "ids").Where(_entities.ContainsKey).Select(id => new object?[] { Node(_entities[id]) })),
            "related.outgoing" => Reply(["id", "type", "outgoing", "provenance", "reasoning", "other"], Outgoing(parameters)),
            "traversal.expand" => Reply(["source", "type", "outgoing", "provenance", "reasoning", "other"], Expand(parameters)),
            "neighborhood.edges" => Reply(["source", "type", "target", "provenance", "reasoning"], Edges(parameters)),
            _ when name.StartsWith("paths.", StringComparison.Ordinal) => Reply(["nodes", "hops"], Paths(name, parameters)),
            _ => throw new InvalidOperationException($"{name} is not answered by this fake"),
        };
    }

    public static Dictionary<string, object?> Node(Entity entity)
    {
        var all = EntityProperties.Properties(entity);
        return new[] { "id", "kind", "name", "nameEn", "aliases", "attributes", "values", "provenance" }.ToDictionary(k => k, k => all[k]);
    }

    public static HttpResponseMessage Reply(IReadOnlyList<string> fields, IEnumerable<object?[]> rows) =>
        FakeNeo4jHandler.Json(HttpStatusCode.Accepted, JsonSerializer.Serialize(new { data = new { fields, values = rows.ToList() }, bookmarks = new[] { "FB:fake" } }));

    private static List<string> Strings(JsonElement parameters, string name) =>
        parameters.GetProperty(name).EnumerateArray().Select(e => e.GetString()!).ToList();

    private IEnumerable<object?[]> Outgoing(JsonElement parameters)
    {
        var types = Strings(parameters, "types");
        var otherKinds = Strings(parameters, "otherKinds");
        foreach (var id in Strings(parameters, "ids"))
        {
            foreach (var r in graph.Relationships.Where(r => r.From == id && (types.Count == 0 || types.Contains(GraphNames.Of(r.Kind)))))
            {
                if (otherKinds.Count == 0 || otherKinds.Contains(GraphNames.Of(_entities[r.To].Kind)))
                {
                    yield return [id, GraphNames.Of(r.Kind), true, EntityProperties.ProvenanceJson(r.Provenance), r.Reasoning, Node(_entities[r.To])];
                }
            }
        }
    }

    private IEnumerable<object?[]> Expand(JsonElement parameters)
    {
        var visited = Strings(parameters, "visited").ToHashSet(StringComparer.Ordinal);
        var types = Strings(parameters, "types");
        foreach (var source in Strings(parameters, "frontier"))
        {
            foreach (var r in graph.Relationships.Where(r => types.Count == 0 || types.Contains(GraphNames.Of(r.Kind))))
            {
                if (r.From == source && !visited.Contains(r.To))
                {
                    yield return [source, GraphNames.Of(r.Kind), true, EntityProperties.ProvenanceJson(r.Provenance), r.Reasoning, Node(_entities[r.To])];
                }

                if (r.To == source && !visited.Contains(r.From))
                {
                    yield return [source, GraphNames.Of(r.Kind), false, EntityProperties.ProvenanceJson(r.Provenance), r.Reasoning, Node(_entities[r.From])];
                }
            }
        }
    }

    /// <summary>
    /// What Neo4j answers for a path statement: every walk matching the pattern (no entity twice), each relationship
    /// checked as the WHERE clause does (type in $types; provenance text containing one of $bases, or empty when
    /// $unsourced); for allShortestPaths only the fewest hops. Mode, direction and hop limit are read from the name.
    /// </summary>
    private IEnumerable<object?[]> Paths(string name, JsonElement parameters)
    {
        var parts = name.Split('.');
        var shortest = parts[1] == "shortest";
        var direction = Enum.Parse<Direction>(parts[2], ignoreCase: true);
        var hops = int.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture);
        var from = parameters.GetProperty("from").GetString()!;
        var to = parameters.GetProperty("to").GetString()!;
        var types = Strings(parameters, "types");
        var bases = Strings(parameters, "bases");
        var unsourced = parameters.GetProperty("unsourced").GetBoolean();

        bool Allowed(Relationship r)
        {
            var text = EntityProperties.ProvenanceJson(r.Provenance);
            return (types.Count == 0 || types.Contains(GraphNames.Of(r.Kind)))
                && (bases.Count == 0 || bases.Any(b => text.Contains(b, StringComparison.Ordinal)) || (unsourced && text == "[]"));
        }

        var found = new List<(List<string> Nodes, List<Relationship> Rels)>();
        var nodes = new List<string> { from };
        var rels = new List<Relationship>();

        void Walk(string at)
        {
            if (at == to && rels.Count > 0)
            {
                found.Add(([.. nodes], [.. rels]));
                return;
            }

            if (rels.Count == hops)
            {
                return;
            }

            foreach (var r in graph.Relationships.Where(Allowed))
            {
                var next = r.From == at && direction != Direction.Incoming ? r.To : r.To == at && direction != Direction.Outgoing ? r.From : null;
                if (next is null || nodes.Contains(next))
                {
                    continue;
                }

                nodes.Add(next);
                rels.Add(r);
                Walk(next);
                nodes.RemoveAt(nodes.Count - 1);
                rels.RemoveAt(rels.Count - 1);
            }
        }

        Walk(from);
        var fewest = found.Count == 0 ? 0 : found.Min(p => p.Rels.Count);
        return found
            .Where(p => !shortest || p.Rels.Count == fewest)
            .Select(p => new object?[]
            {
                p.Nodes.Select(id => Node(_entities[id])).ToList(),
                p.Rels.Select(r => new Dictionary<string, object?> { ["type"] = GraphNames.Of(r.Kind), ["source"] = r.From, ["provenance"] = EntityProperties.ProvenanceJson(r.Provenance) }).ToList(),
            });
    }

    private IEnumerable<object?[]> Edges(JsonElement parameters)
    {
        var ids = Strings(parameters, "ids").ToHashSet(StringComparer.Ordinal);
        var types = Strings(parameters, "types");
        return graph.Relationships
            .Where(r => ids.Contains(r.From) && ids.Contains(r.To) && (types.Count == 0 || types.Contains(GraphNames.Of(r.Kind))))
            .Reverse()
            .Select(r => new object?[] { r.From, GraphNames.Of(r.Kind), r.To, EntityProperties.ProvenanceJson(r.Provenance), r.Reasoning });
    }
}
