using GraphPlan.Core.Store;

namespace GraphPlan.GraphQL.Changes;

/// <summary>Which changes a follower wants: some subjects (entity or relationship ids, or relationships touching an entity) and some actions; null is all.</summary>
public sealed record ChangeFilter(IReadOnlySet<string>? Subjects, IReadOnlySet<CurationAction>? Actions)
{
    public static ChangeFilter All { get; } = new(null, null);

    public bool Matches(AuditEntry change) =>
        (Actions is null || Actions.Contains(change.Action))
        && (Subjects is null || Subjects.Contains(change.Subject) || TouchesSubject(change.Subject));

    /// <summary>A relationship's id names both ends (<c>from-KIND-&gt;to</c>), so following an entity also follows its links.</summary>
    private bool TouchesSubject(string subject)
    {
        var arrow = subject.IndexOf("->", StringComparison.Ordinal);
        var dash = arrow > 0 ? subject.LastIndexOf('-', arrow - 1) : -1;
        return dash > 0 && (Subjects!.Contains(subject[..dash]) || Subjects.Contains(subject[(arrow + 2)..]));
    }
}
