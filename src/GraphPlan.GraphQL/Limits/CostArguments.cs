namespace GraphPlan.GraphQL.Limits;

/// <summary>A field's argument values as the cost model reads them: numbers and list lengths, from literals, variables or defaults.</summary>
public sealed class CostArguments(Func<string, object?> value)
{
    /// <summary>The argument as a number, or null when absent or not a number.</summary>
    public double? Number(string name) => value(name) switch
    {
        int i => i,
        long l => l,
        double d => d,
        decimal m => (double)m,
        System.Numerics.BigInteger b => (double)b,
        _ => null,
    };

    /// <summary>The number of items of a list argument, or null.</summary>
    public int? Count(string name) => value(name) is System.Collections.ICollection c ? c.Count : null;
}
