using System.Runtime.CompilerServices;

namespace GraphPlan.GraphQL.Schema;

/// <summary>
/// One boxed object per value of an enum, made once: a resolver returns <c>object</c>, so an enum field (the kind of
/// every node and edge of a large answer) would otherwise allocate a box each time it is resolved.
/// </summary>
internal static class Boxed
{
    public static object Of<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var boxes = Boxes<TEnum>.Values;
        var index = Unsafe.SizeOf<TEnum>() == sizeof(int) ? Unsafe.As<TEnum, int>(ref value) : -1;
        return (uint)index < (uint)boxes.Length ? boxes[index] : value;
    }

    /// <summary>Indexed by the enum's numeric value (GraphPlan's enums are numbered from 0 without gaps; any other enum gets none).</summary>
    private static class Boxes<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly object[] Values = Build();

        private static object[] Build()
        {
            var values = Enum.GetValues<TEnum>();
            var boxes = new object[values.Length];
            for (var i = 0; i < values.Length; i++)
            {
                var value = values[i];
                if (Unsafe.SizeOf<TEnum>() != sizeof(int) || Unsafe.As<TEnum, int>(ref value) != i)
                {
                    return [];
                }

                boxes[i] = value;
            }

            return boxes;
        }
    }
}
