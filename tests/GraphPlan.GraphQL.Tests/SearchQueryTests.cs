using GraphPlan.Core.Search;
using GraphPlan.Core.Seed;
using GraphPlan.Testing;

namespace GraphPlan.GraphQL.Tests;

/// <summary>The root <c>search</c> and <c>passages</c> fields over the curated plan.</summary>
public sealed class SearchQueryTests(PlanQueryTests.PlanHost plan) : IClassFixture<PlanQueryTests.PlanHost>
{
    private const string Search = """
        query($text: String!, $first: Int, $after: String, $kinds: [EntityKind!]) {
          search(text: $text, first: $first, after: $after, kinds: $kinds) {
            totalCount
            pageInfo { hasNextPage endCursor }
            hits { score cursor entity { id kind } highlights { field fragment } }
          }
        }
        """;

    [Fact]
    public async Task Liquid_hydrogen_in_chinese_puts_the_liquid_hydrogen_plant_first_with_the_term_marked()
    {
        var search = JsonAssert.Data(await plan.Host.ExecuteAsync(Search, new() { ["text"] = "液氢" })).GetProperty("search");

        var first = search.GetProperty("hits")[0];
        Assert.Equal("project:commercial-liquid-hydrogen-plant", first.GetProperty("entity").GetProperty("id").GetString());
        Assert.Contains(first.GetProperty("highlights").EnumerateArray(), h => h.GetProperty("field").GetString() == "name" && h.GetProperty("fragment").GetString() == "国内首座商用<em>液氢</em>工厂");
        var scores = search.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderDescending(), scores);
    }

    [Fact]
    public async Task The_five_key_platforms_lead_to_the_five_platforms_the_plan_names()
    {
        var hits = JsonAssert.Data(await plan.Host.ExecuteAsync(Search, new() { ["text"] = "五大重点平台" })).GetProperty("search").GetProperty("hits");
        var group = hits[0].GetProperty("entity").GetProperty("id").GetString()!;

        var members = JsonAssert.Data(await plan.Host.ExecuteAsync(
            "query($id: ID!) { neighborhood(id: $id, kinds: [PART_OF]) { nodes { id } } }", new() { ["id"] = group })).GetProperty("neighborhood").GetProperty("nodes");

        Assert.Equal("platform:five-key-platforms", group);
        Assert.Equal(
            ["platform:aerospace-innovation-complex", "platform:efficient-circular-eco-agri-tech-park", "platform:five-key-platforms", "platform:hangzhou-bay-new-economy-park", "platform:smart-chemical-materials-innovation-complex", "platform:yangtze-delta-hydrogen-industry-base"],
            JsonAssert.Strings(members, "id").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Pages_follow_each_other_through_the_cursor_and_kinds_filter()
    {
        var first = JsonAssert.Data(await plan.Host.ExecuteAsync(Search, new() { ["text"] = "氢", ["first"] = 3, ["kinds"] = new[] { "PROJECT" } })).GetProperty("search");
        var next = JsonAssert.Data(await plan.Host.ExecuteAsync(Search, new() { ["text"] = "氢", ["first"] = 3, ["kinds"] = new[] { "PROJECT" }, ["after"] = first.GetProperty("pageInfo").GetProperty("endCursor").GetString() })).GetProperty("search");
        var all = JsonAssert.Data(await plan.Host.ExecuteAsync(Search, new() { ["text"] = "氢", ["first"] = 6, ["kinds"] = new[] { "PROJECT" } })).GetProperty("search");

        IEnumerable<string> Ids(System.Text.Json.JsonElement page) => page.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("entity").GetProperty("id").GetString()!);
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(Ids(all), Ids(first).Concat(Ids(next)));
        Assert.All(all.GetProperty("hits").EnumerateArray(), h => Assert.Equal("PROJECT", h.GetProperty("entity").GetProperty("kind").GetString()));
    }

    [Fact]
    public async Task Overlong_text_is_a_bad_user_input_naming_the_argument_and_the_limit()
    {
        var response = await plan.Host.ExecuteAsync(Search, new() { ["text"] = new string('氢', 10_000) });

        var message = JsonAssert.Error(response, "BAD_USER_INPUT").GetProperty("message").GetString()!;
        Assert.Contains("'text'", message, StringComparison.Ordinal);
        Assert.Contains(SearchRequest.MaxTextLength.ToString(System.Globalization.CultureInfo.InvariantCulture), message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AND OR * ? \"")]
    [InlineData("氢能 AND (fuel*")]
    [InlineData("\\")]
    public async Task Query_syntax_is_searched_literally_without_errors(string text)
    {
        var search = JsonAssert.Data(await plan.Host.ExecuteAsync(Search, new() { ["text"] = text })).GetProperty("search");

        Assert.True(search.GetProperty("totalCount").GetInt32() >= search.GetProperty("hits").GetArrayLength());
    }

    [Fact]
    public async Task Passages_about_liquid_hydrogen_are_sentences_holding_it_with_their_section_and_citing_entities()
    {
        var passages = JsonAssert.Data(await plan.Host.ExecuteAsync(
            "query($text: String!) { passages(text: $text, first: 5) { number text fragment section { id } citedBy { id } } }", new() { ["text"] = "液氢" })).GetProperty("passages");

        Assert.NotEqual(0, passages.GetArrayLength());
        Assert.All(passages.EnumerateArray(), p =>
        {
            Assert.Contains("液氢", p.GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.Contains("<em>液氢</em>", p.GetProperty("fragment").GetString(), StringComparison.Ordinal);
            Assert.StartsWith("section:", p.GetProperty("section").GetProperty("id").GetString(), StringComparison.Ordinal);
        });
        var plant = passages.EnumerateArray().Single(p => p.GetProperty("text").GetString()!.Contains("国内首座商用液氢工厂", StringComparison.Ordinal));
        Assert.Contains("project:commercial-liquid-hydrogen-plant", JsonAssert.Strings(plant.GetProperty("citedBy"), "id"));
        Assert.Equal("section:3.2", plant.GetProperty("section").GetProperty("id").GetString());
    }

    [Fact]
    public void Every_sentence_stands_in_the_section_its_entities_cite()
    {
        // The section assignment checked against the curators' own: a quote's sentence lies in the section it was cited from.
        // Table cells (tab-indented lines) are not sentences, so quotes from tables are left out.
        var graph = SeedLoader.Load(RepositoryPaths.Seed).Graph;
        var sentences = PlanSentences.Split(File.ReadAllText(RepositoryPaths.PlanText), graph.Entities);
        var prose = string.Join('\n', File.ReadAllLines(RepositoryPaths.PlanText).Where(l => !l.StartsWith('\t')));
        var cited = graph.Entities.SelectMany(e => e.Provenance)
            .Where(p => p.Section.StartsWith("section:", StringComparison.Ordinal) && p.Basis == Core.Graph.Basis.Stated && prose.Contains(p.Quote, StringComparison.Ordinal))
            .ToList();

        var placed = cited.Count(p => sentences.Any(s => s.Section == p.Section && (s.Text.Contains(p.Quote, StringComparison.Ordinal) || p.Quote.Contains(s.Text, StringComparison.Ordinal))));

        Assert.True(placed >= cited.Count * 0.99, $"{placed} of {cited.Count} stated quotes are found in a sentence of the section they cite");
    }
}
