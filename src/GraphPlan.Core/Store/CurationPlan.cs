using GraphPlan.Core.Graph;

namespace GraphPlan.Core.Store;

/// <summary>
/// A planned curation: the one change to write (at most one of <see cref="Upsert"/>, <see cref="Delete"/>,
/// <see cref="Link"/> and <see cref="Unlink"/>) and the audit entry to record with it in the same durable write; the
/// store only fills in the entry's <see cref="AuditEntry.Sequence"/>. When <see cref="ChangesNothing"/> the store writes
/// and records nothing and answers <see cref="Entry"/> as it is (sequence 0).
/// </summary>
public sealed record CurationPlan(AuditEntry Entry)
{
    public bool ChangesNothing => Upsert is null && Delete is null && Link is null && Unlink is null;

    /// <summary>The entity as it is to be stored, with its next version.</summary>
    public Entity? Upsert { get; init; }

    /// <summary>The id of the entity to delete with its relationships.</summary>
    public string? Delete { get; init; }

    public Relationship? Link { get; init; }

    /// <summary>The stored relationship to remove.</summary>
    public Relationship? Unlink { get; init; }

    /// <summary>
    /// The version a conditional write must still find under its lock (<see cref="Curation.ExpectedVersion"/>); null
    /// writes whatever the version is by then.
    /// </summary>
    public long? ExpectedVersion { get; init; }
}
