using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;

namespace GraphPlan.Benchmarks;

/// <summary>Adds the 95th percentile of the iterations beside the mean and median.</summary>
public sealed class PercentileConfig : ManualConfig
{
    public PercentileConfig() => AddColumn(StatisticColumn.P95);
}
