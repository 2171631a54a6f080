namespace GraphPlan.Core.Tests.Seed;

/// <summary>
/// One row of Table 1-1 (the 13th-plan review). The five value cells are null when the row has the merged cell
/// 「完成市下达约束性指标」 instead; <see cref="MergedCell"/> then holds that text (carried down to the rows it spans).
/// </summary>
public sealed record Table11Row(
    string Category,
    int Number,
    string Name,
    string Unit,
    string? Value2015,
    string? Value2020,
    string? Target2020,
    string? AverageAnnualGrowth,
    string? GrowthOverPeriod,
    string? MergedCell);
