using GraphPlan.Core.Graph;
using GraphQL.Types;

namespace GraphPlan.GraphQL.Indicators;

public sealed class QualifierGraphType : EnumerationGraphType<Qualifier>
{
    public QualifierGraphType()
    {
        Name = "Qualifier";
        Description = "The qualifier written beside a figure: 以上 AT_LEAST, 以下 AT_MOST, 左右 ABOUT, 突破 EXCEEDS, 翻一番 DOUBLING.";
    }
}
