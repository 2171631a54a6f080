namespace GraphPlan.Core.Graph;

/// <summary>
/// Relationships in the ordinal order of their <see cref="Relationship.Id"/>, compared without making the ids: sorting
/// a million-entity graph's relationships by id strings made 2.5 million of them (about 350 MB) for one export.
/// </summary>
public static class RelationshipOrder
{
    public static IComparer<Relationship> ById { get; } = Comparer<Relationship>.Create(Compare);

    private static int Compare(Relationship? a, Relationship? b)
    {
        if (ReferenceEquals(a, b))
        {
            return 0;
        }

        if (a is null || b is null)
        {
            return a is null ? -1 : 1;
        }

        var left = new IdText(a);
        var right = new IdText(b);
        while (true)
        {
            var leftMore = left.Advance();
            var rightMore = right.Advance();
            if (!leftMore || !rightMore)
            {
                return leftMore == rightMore ? 0 : leftMore ? 1 : -1;
            }

            var length = Math.Min(left.Rest.Length, right.Rest.Length);
            var order = left.Rest[..length].SequenceCompareTo(right.Rest[..length]);
            if (order != 0)
            {
                return order;
            }

            left.Rest = left.Rest[length..];
            right.Rest = right.Rest[length..];
        }
    }

    /// <summary>The id's characters as its five parts (from, "-", kind, "->", to), read from the front.</summary>
    private ref struct IdText(Relationship relationship)
    {
        private int _part;

        public ReadOnlySpan<char> Rest;

        /// <summary>Moves to the next part when this one is used up; false at the end of the id.</summary>
        public bool Advance()
        {
            while (Rest.IsEmpty)
            {
                Rest = _part++ switch
                {
                    0 => relationship.From,
                    1 => "-",
                    2 => GraphNames.Of(relationship.Kind),
                    3 => "->",
                    4 => relationship.To,
                    _ => default,
                };
                if (_part > 5)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
