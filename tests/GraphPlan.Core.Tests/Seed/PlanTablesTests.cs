using GraphPlan.Testing;

namespace GraphPlan.Core.Tests.Seed;

/// <summary>The table parser reads the plan's two indicator tables whole.</summary>
public sealed class PlanTablesTests
{
    private static readonly Lazy<string> _text = new(() => File.ReadAllText(RepositoryPaths.PlanText));

    [Fact]
    public void Table_1_1_has_rows_1_to_20_with_their_headers()
    {
        var header = PlanTables.Blocks(_text.Value, "表1-1")[0];
        var rows = PlanTables.Table11(_text.Value);

        Assert.Equal(["指标", "序号", "指标名称", "单位", "2015年", "2020年", "目标值", "年均增长", "2020年比2015年增长"], header);
        Assert.Equal(Enumerable.Range(1, 20), rows.Select(r => r.Number));
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Name)));
        Assert.All(rows, r => Assert.DoesNotContain("bookmark", r.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Table_1_1_reads_split_cells_and_the_merged_cell()
    {
        var rows = PlanTables.Table11(_text.Value);

        Assert.Equal(new Table11Row("港口发展", 3, "港口货物吞吐量", "万吨", "4533.00", "6616", "5255", "7.9", "46.0", null), rows[2]);
        Assert.Equal("化学需氧量（COD）排放", rows[15].Name);
        Assert.Equal(["完成市下达约束性指标"], rows.Where(r => r.Number >= 14).Select(r => r.MergedCell).Distinct());
        Assert.All(rows.Where(r => r.Number >= 14), r => Assert.Equal("统筹协调发展", r.Category));
        Assert.All(rows.Where(r => r.Number < 14), r => Assert.Null(r.MergedCell));
        Assert.Equal(string.Empty, rows[19].Unit);
    }

    [Fact]
    public void Table_2_1_has_rows_1_to_34_each_binding_or_expected()
    {
        var header = PlanTables.Blocks(_text.Value, "表2-1")[0];
        var rows = PlanTables.Table21(_text.Value);

        Assert.Equal(["一级指标", "序号", "二级指标", "计量单位", "2025年目标", "指标属性"], header);
        Assert.Equal(Enumerable.Range(1, 34), rows.Select(r => r.Number));
        Assert.All(rows, r => Assert.Contains(r.Attribute, new[] { "约束性", "预期性" }));
        Assert.Equal(["经济发展", "港口发展", "创新驱动", "改革开放", "市域治理", "生态环境", "社会民生"], rows.Select(r => r.Category).Distinct());
        Assert.Equal(new Table21Row("经济发展", 2, "全员劳动生产率年均增长", "%", "7以上", "预期性"), rows[1]);
        Assert.Equal(new Table21Row("社会民生", 34, "亿元GDP生产安全事故死亡率", "%", "上级政府下达指标", "约束性"), rows[33]);
    }
}
