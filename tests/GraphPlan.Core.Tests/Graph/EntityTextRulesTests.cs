using GraphPlan.Core.Graph;
using GraphPlan.Testing;

namespace GraphPlan.Core.Tests.Graph;

/// <summary>The text and id rules every write goes through: the seed's validator and both stores' curation.</summary>
public sealed class EntityTextRulesTests
{
    public static TheoryData<string> Whitespace => new()
    {
        "\n", "\r", "\r\n", "\t", "\v", "\f", " ", "\0", "\u001B", "\u007F", "\u0085", "\u00A0", "\u1680", "\u2000", "\u2028", "\u2029", "\u200B", "\u3000", "\uFEFF",
    };

    [Theory]
    [MemberData(nameof(Whitespace))]
    public void An_id_with_whitespace_or_a_control_character_anywhere_is_malformed(string c)
    {
        Assert.False(EntityRules.IsWellFormedId("project:x" + c), "at the end");
        Assert.False(EntityRules.IsWellFormedId(c + "project:x"), "at the start");
        Assert.False(EntityRules.IsWellFormedId("project:x" + c + "y"), "inside");
        Assert.Null(EntityRules.KindOfId("project:x" + c));
    }

    [Fact]
    public void A_plain_id_is_well_formed()
    {
        Assert.True(EntityRules.IsWellFormedId("project:hydrogen-2.0"));
        Assert.Equal(EntityKind.Project, EntityRules.KindOfId("project:hydrogen-2.0"));
    }

    [Theory]
    [InlineData(0x0B)]
    [InlineData(0x00)]
    [InlineData(0x08)]
    [InlineData(0x1F)]
    [InlineData(0x7F)]
    [InlineData(0x9F)]
    [InlineData(0xD83D)]
    [InlineData(0xDE80)]
    [InlineData(0xFFFF)]
    public void Every_text_of_an_entity_refuses_control_characters_and_unpaired_surrogates(int code)
    {
        // A code, not a string: test data with an unpaired surrogate does not survive xUnit's serialization.
        var c = ((char)code).ToString();
        var entity = SampleGraph.Entity("project:x", EntityKind.Project, "项目" + c, "Project" + c, "别名" + c) with
        {
            Attributes = new Dictionary<string, string> { ["capacity"] = "10" + c },
            Values = [new Measurement { Year = 2025, Role = ValueRole.Target, Text = "10" + c, Value = 10, Unit = "亿元" + c }],
            Provenance = [new Provenance("chapter:3" + c, "引文" + c, Basis.External, "source" + c)],
        };

        var problems = EntityRules.Check(entity);

        foreach (var what in new[] { "name ", "nameEn", "an alias", "attribute 'capacity'", "the text of the value", "the unit of the value", "a provenance section", "a provenance quote", "a provenance source" })
        {
            Assert.Contains(problems, p => p.StartsWith(what, StringComparison.Ordinal) && p.Contains($"U+{(int)c[0]:X4}", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Quotes_may_break_lines_and_names_may_hold_any_paired_character()
    {
        var entity = SampleGraph.Entity("project:x", EntityKind.Project, "氢能🚀（嘉兴）", "Hydrogen\u202E rocket", "«alias»") with
        {
            Provenance = [SampleGraph.Cite("第一句。\n第二句。\t表格")],
        };

        Assert.Empty(EntityRules.Check(entity));
        Assert.NotEmpty(EntityRules.Check(entity with { Name = "氢能\n" }));
    }
}
