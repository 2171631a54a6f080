using System.Globalization;
using System.Text;
using GraphPlan.Core.Graph;
using GraphPlan.Testing;

namespace GraphPlan.Storage.Neo4j.Tests;

public sealed class CypherScriptWriterTests
{
    [Theory]
    [InlineData("plain", "'plain'")]
    [InlineData("it's", @"'it\'s'")]
    [InlineData(@"back\slash", @"'back\\slash'")]
    [InlineData("say \"hi\"", "'say \"hi\"'")]
    [InlineData("line\nbreak\r\ttab", @"'line\nbreak\r\ttab'")]
    [InlineData("nul\0bell\a", @"'nul\u0000bell\u0007'")]
    [InlineData("sep\u2028para\u2029", @"'sep\u2028para\u2029'")]
    [InlineData("氢能😀", "'氢能😀'")]
    [InlineData("'}) DETACH DELETE n //", @"'\'}) DETACH DELETE n //'")]
    public void Strings_are_escaped_for_cypher(string value, string literal)
    {
        Assert.Equal(literal, CypherLiteral.String(value));
    }

    [Theory]
    [InlineData("'}) DETACH DELETE n //")]
    [InlineData("\"; DROP TABLE entity; --")]
    [InlineData("$name \\u0000 \\ back\\slash")]
    [InlineData("换行\n制表\t和😀")]
    [InlineData("\\'\\\\'")]
    [InlineData("\uD800 lone surrogate, \uDFFF another")]
    public void Hostile_strings_read_back_unchanged(string hostile)
    {
        var literal = CypherLiteral.String(hostile);

        Assert.Equal(hostile, ReadCypherString(literal));
        Assert.DoesNotContain('\n', literal);
    }

    [Fact]
    public void The_script_is_deterministic_whatever_the_input_order()
    {
        var graph = SampleGraph.Create();
        var shuffled = graph with { Entities = graph.Entities.Reverse().ToList(), Relationships = graph.Relationships.Reverse().ToList() };

        Assert.Equal(CypherScriptWriter.Write(graph), CypherScriptWriter.Write(shuffled));
    }

    [Fact]
    public void The_script_sets_up_the_schema_then_merges_entities_then_relationships()
    {
        var script = CypherScriptWriter.Write(SampleGraph.Create(), batchSize: 5);
        var statements = CypherScriptWriter.Statements(script);

        Assert.StartsWith("// GraphPlan graph: 9 entities, 8 relationships.", script, StringComparison.Ordinal);
        Assert.StartsWith("CREATE CONSTRAINT graphplan_entity_id IF NOT EXISTS", statements[0], StringComparison.Ordinal);
        var schema = CypherStatements.Schema().Count;
        Assert.Equal(schema + 2 + 2 + 1, statements.Count);
        Assert.All(statements.Skip(schema).SkipLast(1), s => Assert.StartsWith("UNWIND [", s, StringComparison.Ordinal));
        Assert.Contains("MERGE (n:Entity {id: row.id})", statements[schema], StringComparison.Ordinal);
        Assert.Contains("MERGE (a)-[r:BELONGS_TO_INDUSTRY]->(b)", statements[^2], StringComparison.Ordinal);
        Assert.Equal(CypherStatements.GraphVersionBump, statements[^1]);
        Assert.DoesNotContain("$", script.Replace("$name", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("{id: 'industry:hydrogen', kind: 'Industry', props: {id: 'industry:hydrogen', kind: 'Industry', name: '氢能'", script, StringComparison.Ordinal);
        Assert.EndsWith(";\n", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Hostile_text_stays_inside_its_literals()
    {
        var hostile = "x';\nMATCH (n) DETACH DELETE n;//";
        var graph = new Core.Store.GraphData([SampleGraph.Entity("project:hostile", EntityKind.Project, hostile, hostile, hostile)], []);

        var statements = CypherScriptWriter.Statements(CypherScriptWriter.Write(graph));

        Assert.Equal(CypherStatements.Schema().Count + 1 + 1, statements.Count);
        Assert.DoesNotContain(statements, s => s.StartsWith("MATCH (n) DETACH", StringComparison.Ordinal));
    }

    /// <summary>Reads a Cypher string literal back by the Cypher manual's escape rules, to prove the writer's output means the input.</summary>
    private static string ReadCypherString(string literal)
    {
        Assert.Equal('\'', literal[0]);
        Assert.Equal('\'', literal[^1]);
        var text = new StringBuilder();
        for (var i = 1; i < literal.Length - 1; i++)
        {
            var c = literal[i];
            Assert.NotEqual('\'', c);
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            var escape = literal[++i];
            switch (escape)
            {
                case 't': text.Append('\t'); break;
                case 'b': text.Append('\b'); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 'f': text.Append('\f'); break;
                case '\'': text.Append('\''); break;
                case '"': text.Append('"'); break;
                case '\\': text.Append('\\'); break;
                case 'u':
                    text.Append((char)int.Parse(literal.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: throw new InvalidOperationException($"unknown escape \\{escape}");
            }
        }

        return text.ToString();
    }
}
