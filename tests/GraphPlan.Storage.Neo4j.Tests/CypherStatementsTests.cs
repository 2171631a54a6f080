using System.Text.RegularExpressions;
using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;

namespace GraphPlan.Storage.Neo4j.Tests;

public sealed partial class CypherStatementsTests
{
    [Fact]
    public void The_catalogue_lists_each_distinct_statement_once()
    {
        var all = CypherStatements.All;

        Assert.Equal(all.Count, all.Select(s => s.Text).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(all.Count, all.Select(s => s.Name).Distinct(StringComparer.Ordinal).Count());
        // One statement per plain order and direction, and one shape for typed filters and multi-key sorts (ATTRIBUTE, VALUE).
        Assert.Equal(((Enum.GetValues<EntityOrder>().Length - 2) * 2) + 1, all.Count(s => s.Name.StartsWith("entities.find.", StringComparison.Ordinal)));
        Assert.Equal(Enum.GetValues<Direction>().Length, all.Count(s => s.Name.StartsWith("related.", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_parameter_a_statement_uses_is_supplied_and_none_is_left_over()
    {
        foreach (var statement in CypherStatements.All)
        {
            var used = ParameterName().Matches(statement.Text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
            Assert.True(used.SetEquals(statement.Parameters.Keys), $"{statement.Name}: uses {string.Join(", ", used)}, supplies {string.Join(", ", statement.Parameters.Keys)}");
        }
    }

    [Fact]
    public void Every_label_and_relationship_type_of_the_enums_is_written_by_the_imports()
    {
        var upsert = CypherStatements.UpsertEntities([]).Text;
        var link = CypherStatements.LinkRelationships([]).Text;

        Assert.All(Enum.GetValues<EntityKind>(), k => Assert.Contains($"SET n:{GraphNames.Of(k)})", upsert, StringComparison.Ordinal));
        Assert.All(Enum.GetValues<RelationshipKind>(), k => Assert.Contains($"MERGE (a)-[r:{GraphNames.Of(k)}]->(b)", link, StringComparison.Ordinal));
    }

    [Fact]
    public void Statement_text_does_not_depend_on_inputs()
    {
        var a = CypherStatements.FindEntities(new EntityQuery { Search = "x", Kinds = [EntityKind.Goal] });
        var b = CypherStatements.FindEntities(new EntityQuery { Search = "'}) DETACH DELETE n //", Attributes = new Dictionary<string, string> { ["a"] = "b" } });

        Assert.Equal(a.Text, b.Text);
        Assert.Equal(CypherStatements.GetEntities(["a"]).Text, CypherStatements.GetEntities(["'b", "c"]).Text);
        Assert.Equal(CypherStatements.Unlink("a", RelationshipKind.Supports, "b").Text, CypherStatements.Unlink("c", RelationshipKind.PartOf, "d").Text);
    }

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ParameterName();
}
