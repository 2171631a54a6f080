using GraphPlan.Core.Store;
using GraphPlan.GraphQL.Filtering;
using GraphPlan.Testing;

namespace GraphPlan.GraphQL.Tests;

/// <summary>Bad filters and sorts are refused with a code and the path of what is wrong; good ones keep the old arguments working.</summary>
public sealed class FilterInputTests : IDisposable
{
    private readonly GraphQLTestHost _host = new(SampleGraph.Create());

    public void Dispose() => _host.Dispose();

    [Theory]
    [InlineData("""{ indicators(where: {attributes: [{key: "colour", eq: "red"}]}) { totalCount } }""", "where.attributes[0].key", "attribute 'colour' is not known for Indicator")]
    [InlineData("""{ indicators(where: {attributes: [{key: "attribute", eq: "mandatory"}]}) { totalCount } }""", "where.attributes[0].eq", "one of binding, expected")]
    [InlineData("""{ indicators(where: {attributes: [{key: "row", in: ["1", "first"]}]}) { totalCount } }""", "where.attributes[0].in", "a whole number")]
    [InlineData("""{ indicators(where: {or: [{name: {eq: "x"}}, {attributes: [{key: "unit"}]}]}) { totalCount } }""", "where.or[1].attributes[0]", "no operator given")]
    [InlineData("""{ projects(where: {}) { totalCount } }""", "where", "the filter is empty")]
    [InlineData("""{ projects(where: {name: {contains: ""}}) { totalCount } }""", "where.name.contains", "non-empty")]
    [InlineData("""{ indicators(where: {value: {}}) { totalCount } }""", "where.value", "give at least one of year")]
    [InlineData("""{ projects(where: {related: {kind: HOSTED_ON, otherKinds: [INDICATOR]}}) { totalCount } }""", "where.related.otherKinds", "never reaches Indicator")]
    [InlineData("""{ platforms(where: {related: {kind: FOCUSES_ON, where: {attributes: [{key: "platformType", eq: "port"}]}}}) { totalCount } }""", "where.related.where.attributes[0].key", "not known for Industry")]
    [InlineData("""{ projects(where: {not: {not: {not: {not: {not: {name: {eq: "x"}}}}}}}) { totalCount } }""", "where.not.not.not.not.not", "nested more than 5 levels")]
    public async Task A_bad_filter_is_an_INVALID_FILTER_error_naming_the_path(string query, string path, string problem)
    {
        var error = JsonAssert.Error(await _host.ExecuteAsync(query), "INVALID_FILTER");

        var message = error.GetProperty("message").GetString()!;
        Assert.Contains($"at {path}:", message, StringComparison.Ordinal);
        Assert.Contains(problem, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_conditions_are_refused_with_the_limit()
    {
        var conditions = string.Join(", ", Enumerable.Range(0, FilterReader.MaxConditions + 1).Select(i => "{id: {eq: \"x" + i + "\"}}"));

        var error = JsonAssert.Error(await _host.ExecuteAsync("{ projects(where: {or: [" + conditions + "]}) { totalCount } }"), "INVALID_FILTER");

        Assert.Contains($"more than {FilterReader.MaxConditions} conditions", error.GetProperty("message").GetString()!, StringComparison.Ordinal);
        Assert.True(FilterReader.MaxDepth * 3 + 1 <= EntityFilterRules.MaxDepth, "a filter the GraphQL layer admits must fit the store's bounds");
    }

    [Theory]
    [InlineData("""{ indicators(orderBy: {field: VALUE, year: 2025}) { totalCount } }""", "needs both `year` and `role`")]
    [InlineData("""{ indicators(orderBy: {field: ATTRIBUTE, key: "level"}) { totalCount } }""", "needs a `key` known for Indicator")]
    [InlineData("""{ counts(groupBy: ATTRIBUTE, kinds: [PROJECT]) { count } }""", "needs an `attributeKey`")]
    [InlineData("""{ degreeRanking(first: 0) { degree } }""", "'first' is 0")]
    public async Task A_bad_sort_or_grouping_is_a_BAD_USER_INPUT_error_saying_what_is_missing(string query, string problem)
    {
        var error = JsonAssert.Error(await _host.ExecuteAsync(query), "BAD_USER_INPUT");

        Assert.Contains(problem, error.GetProperty("message").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrongly_typed_filter_value_is_refused_by_validation_naming_the_field()
    {
        var response = await _host.ExecuteAsync("""{ indicators(where: {value: {gte: "many"}}) { totalCount } }""");

        var error = response.GetProperty("errors")[0];
        Assert.Equal("ARGUMENTS_OF_CORRECT_TYPE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("gte", error.GetProperty("message").GetString()!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Where_search_attributes_and_a_single_orderBy_object_work_together()
    {
        var data = JsonAssert.Data(await _host.ExecuteAsync("""
            { projects(search: "hydrogen", where: {notRelated: {kind: SUPPORTS}}, orderBy: {field: NAME_EN, direction: DESC}) { totalCount nodes { id } } }
            """));

        var projects = data.GetProperty("projects");
        var sample = SampleGraph.Create();
        var supporting = sample.Relationships.Where(r => r.Kind == Core.Graph.RelationshipKind.Supports).Select(r => r.From).ToHashSet();
        var expected = sample.Entities.Where(e => e.Kind == Core.Graph.EntityKind.Project && e.Id.Contains("hydrogen", StringComparison.Ordinal) && !supporting.Contains(e.Id))
            .OrderByDescending(e => e.NameEn, StringComparer.Ordinal).Select(e => e.Id).ToList();
        Assert.Equal(expected, JsonAssert.Strings(projects.GetProperty("nodes"), "id"));
    }
}
