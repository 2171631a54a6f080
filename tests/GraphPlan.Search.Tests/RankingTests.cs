using System.Globalization;
using GraphPlan.Core.Search;
using Xunit.Abstractions;

namespace GraphPlan.Search.Tests;

/// <summary>
/// The ranking set: what researchers type (Chinese, English, mixed, ids, one-character misspellings, the plan's group
/// names) and the entity they mean. Prints mean reciprocal rank and top-1 accuracy (recorded in
/// tests/GraphPlan.Benchmarks/RESULTS.md) and fails below the floors, which sit just under what the ranking achieves.
/// </summary>
public sealed class RankingTests(PlanSearchFixture plan, ITestOutputHelper output) : IClassFixture<PlanSearchFixture>
{
    private const double MrrFloor = 0.95;
    private const double Top1Floor = 0.9;

    public static readonly RankingCase[] Cases =
    [
        new("chinese", "氢能", "industry:hydrogen"),
        new("chinese", "液氢", "project:commercial-liquid-hydrogen-plant", "industry:hydrogen-liquid-hydrogen-chain", "measure:liquid-hydrogen-standards"),
        new("chinese", "国内首座商用液氢工厂", "project:commercial-liquid-hydrogen-plant"),
        new("chinese", "嘉兴综合保税区", "platform:jiaxing-comprehensive-bonded-zone"),
        new("chinese", "综保区", "platform:jiaxing-comprehensive-bonded-zone", "platform:bonded-processing-manufacturing-centre"),
        new("chinese", "化工新材料园区", "platform:china-jiaxing-chemical-new-materials-park"),
        new("chinese", "杭州湾新经济园", "platform:hangzhou-bay-new-economy-park"),
        new("chinese", "航空航天", "industry:aerospace", "industry:aerospace-high-end-equipment"),
        new("chinese", "加氢站", "project:hydrogen-refuelling-stations"),
        new("chinese", "嘉化", "organization:sanjiang-jiahua-group", "project:sanjiang-jiahua-eo-eg-park"),
        new("chinese", "乍浦", "place:zhapu-town", "place:zhapu-port-area"),
        new("chinese", "集装箱吞吐量", "indicator:container-throughput", "target:container-throughput-2025"),
        new("chinese", "地区生产总值", "indicator:gdp"),
        new("chinese", "长三角氢能产业基地", "platform:yangtze-delta-hydrogen-industry-base"),
        new("chinese", "综合物流园", "platform:comprehensive-logistics-park"),
        new("chinese", "氢", "industry:hydrogen"),
        new("chinese", "三港一城", "goal:three-ports-one-city"),
        new("chinese", "嘉兴港区管委会", "organization:port-area-administrative-committee"),
        new("english", "liquid hydrogen", "project:commercial-liquid-hydrogen-plant"),
        new("english", "liquid hydrogen plant", "project:commercial-liquid-hydrogen-plant"),
        new("english", "hydrogen energy", "industry:hydrogen"),
        new("english", "container throughput", "indicator:container-throughput", "target:container-throughput-2025"),
        new("english", "Hangzhou Bay New Economy Park", "platform:hangzhou-bay-new-economy-park"),
        new("english", "hydrogen refuelling stations", "project:hydrogen-refuelling-stations"),
        new("english", "G60 corridor", "platform:jiaxing-g60-corridor"),
        new("english", "Jiaxing Comprehensive Bonded Zone", "platform:jiaxing-comprehensive-bonded-zone"),
        new("english", "PetroChina", "organization:petrochina"),
        new("english", "Zhapu Town", "place:zhapu-town"),
        new("mixed", "G60科创走廊", "platform:jiaxing-g60-corridor", "measure:jiaxing-g60-corridor-plan"),
        new("mixed", "嘉兴 G60", "platform:jiaxing-g60-corridor"),
        new("mixed", "5+x 科创体系", "measure:five-plus-x-innovation-system"),
        new("mixed", "地区生产总值（GDP）", "indicator:gdp"),
        new("id", "industry:hydrogen", "industry:hydrogen"),
        new("id", "INDUSTRY:HYDROGEN", "industry:hydrogen"),
        new("id", "platform:five-key-platforms", "platform:five-key-platforms"),
        new("id", "indicator:container-throughput", "indicator:container-throughput"),
        new("misspelling", "hydrogne energy", "industry:hydrogen"),
        new("misspelling", "contianer throughput", "indicator:container-throughput"),
        new("misspelling", "液氢工场", "project:commercial-liquid-hydrogen-plant"),
        new("misspelling", "杭州湾新经济圆", "platform:hangzhou-bay-new-economy-park"),
        new("misspelling", "嘉兴综合保税去", "platform:jiaxing-comprehensive-bonded-zone"),
        new("misspelling", "Hangzhuo Bay", "platform:hangzhou-bay-new-economy-park"),
        new("group", "五大重点平台", "platform:five-key-platforms"),
        new("group", "three core industries", "industry:core-industries"),
        new("group", "三大核心产业", "industry:core-industries"),
        new("group", "核心产业", "industry:core-industries"),
        new("group", "5+x", "measure:five-plus-x-innovation-system"),
        new("group", "five key platforms", "platform:five-key-platforms"),
        new("group", "core industries", "industry:core-industries"),
    ];

    public static TheoryData<RankingCase> All => new(Cases);

    [Theory]
    [MemberData(nameof(All))]
    public async Task The_meant_entity_and_its_companions_are_in_the_top_three(RankingCase @case)
    {
        var top3 = (await plan.Store.SearchAsync(new SearchRequest(@case.Query) { Limit = 3 })).Hits.Select(h => h.Entity.Id).ToList();

        Assert.Contains(@case.Top, top3);
        Assert.All(@case.InTop3, id => Assert.Contains(id, top3));
    }

    [Fact]
    public async Task Mean_reciprocal_rank_and_top_1_accuracy_stay_above_the_floors()
    {
        Assert.True(Cases.Length >= 40, "the ranking set has at least 40 queries");
        var ranks = new List<(RankingCase Case, int Rank)>();
        foreach (var @case in Cases)
        {
            var hits = (await plan.Store.SearchAsync(new SearchRequest(@case.Query) { Limit = 10 })).Hits;
            var rank = hits.Select(h => h.Entity.Id).ToList().IndexOf(@case.Top) + 1;
            ranks.Add((@case, rank));
            output.WriteLine($"{rank,2}  {@case}  → {string.Join(", ", hits.Take(3).Select(h => h.Entity.Id))}");
        }

        var mrr = ranks.Average(r => r.Rank == 0 ? 0 : 1.0 / r.Rank);
        var top1 = ranks.Count(r => r.Rank == 1) / (double)ranks.Count;
        foreach (var group in ranks.GroupBy(r => r.Case.Category))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{group.Key}: {group.Count()} queries, MRR {group.Average(r => r.Rank == 0 ? 0 : 1.0 / r.Rank):F3}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ranks.Count} queries: MRR {mrr:F3}, top-1 accuracy {top1:P1}"));
        Assert.True(mrr >= MrrFloor, $"MRR {mrr:F3} is below {MrrFloor}");
        Assert.True(top1 >= Top1Floor, $"top-1 accuracy {top1:P1} is below {Top1Floor:P0}");
    }
}
