using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using GraphPlan.Testing;

namespace GraphPlan.Core.Tests.Store;

/// <summary>What every store does with a curation (<see cref="CurationPlanner"/>), given what it holds.</summary>
public sealed class CurationPlannerTests
{
    private static readonly DateTimeOffset _at = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
    private static readonly Entity _plant = SampleGraph.Create().Entities.Single(e => e.Id == SampleGraph.Plant) with { Version = 3 };
    private static readonly Relationship _stored = SampleGraph.Link(SampleGraph.Station, RelationshipKind.Supports, SampleGraph.Target);

    [Fact]
    public void An_upsert_from_the_stored_version_writes_the_next_one_and_records_before_and_after()
    {
        var plan = CurationPlanner.Plan(Curation.Upsert("alice", _plant with { NameEn = "Plant", Version = 0 }, 3), new CurationState { Entity = _plant }, _at);

        Assert.False(plan.ChangesNothing);
        Assert.Equal(4, plan.Upsert!.Version);
        Assert.Equal("Plant", plan.Upsert.NameEn);
        Assert.Equal(3, plan.ExpectedVersion);
        Assert.Equal(new AuditEntry(0, _at, "alice", CurationAction.UpsertEntity, SampleGraph.Plant) { Version = 4, Before = CurationJson.Of(_plant), After = CurationJson.Of(plan.Upsert) }, plan.Entry);
        Assert.Null(plan.Delete);
    }

    [Fact]
    public void A_new_entity_gets_version_1_and_an_entry_without_before()
    {
        var plan = CurationPlanner.Plan(Curation.Upsert("alice", _plant with { Version = 0 }, 0), CurationState.Empty, _at);

        Assert.Equal(1, plan.Upsert!.Version);
        Assert.Null(plan.Entry.Before);
        Assert.Contains("\"version\":1", plan.Entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public void An_upsert_without_a_version_writes_over_whatever_is_stored()
    {
        var plan = CurationPlanner.Plan(Curation.Upsert("alice", _plant), new CurationState { Entity = _plant }, _at);

        Assert.Equal(4, plan.Upsert!.Version);
        Assert.Null(plan.ExpectedVersion);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void An_upsert_or_delete_from_a_stale_version_is_refused(long expected)
    {
        var upsert = Assert.Throws<VersionConflictException>(() => CurationPlanner.Plan(Curation.Upsert("bob", _plant, expected), new CurationState { Entity = _plant }, _at));
        var delete = Assert.Throws<VersionConflictException>(() => CurationPlanner.Plan(Curation.Delete("bob", _plant.Id, expected), new CurationState { Entity = _plant }, _at));

        Assert.Equal((expected, 3L), (upsert.Expected, upsert.Actual));
        Assert.Equal((expected, 3L), (delete.Expected, delete.Actual));
    }

    [Fact]
    public void A_version_named_for_an_entity_that_does_not_exist_is_stale_against_0()
    {
        var conflict = Assert.Throws<VersionConflictException>(() => CurationPlanner.Plan(Curation.Delete("bob", "project:gone", 2), CurationState.Empty, _at));

        Assert.Equal(0, conflict.Actual);
    }

    [Fact]
    public void A_malformed_entity_is_refused_before_its_version_is_looked_at()
    {
        var error = Assert.Throws<GraphValidationException>(() => CurationPlanner.Plan(Curation.Upsert("eve", _plant with { Provenance = [] }, 1), new CurationState { Entity = _plant }, _at));

        Assert.Equal(_plant.Id, error.Subject);
    }

    [Fact]
    public void A_delete_records_what_was_stored()
    {
        var plan = CurationPlanner.Plan(Curation.Delete("dave", _plant.Id, 3), new CurationState { Entity = _plant }, _at);

        Assert.Equal(_plant.Id, plan.Delete);
        Assert.Equal(CurationJson.Of(_plant), plan.Entry.Before);
        Assert.Null(plan.Entry.After);
        Assert.Null(plan.Entry.Version);
    }

    [Fact]
    public void Deleting_or_unlinking_what_does_not_exist_changes_nothing_and_records_nothing()
    {
        var delete = CurationPlanner.Plan(Curation.Delete("dave", "project:gone"), CurationState.Empty, _at);
        var unlink = CurationPlanner.Plan(Curation.Unlink("dave", _stored), CurationState.Empty, _at);

        Assert.True(delete.ChangesNothing);
        Assert.True(unlink.ChangesNothing);
        Assert.Equal(new AuditEntry(0, _at, "dave", CurationAction.DeleteEntity, "project:gone"), delete.Entry);
        Assert.Equal(new AuditEntry(0, _at, "dave", CurationAction.Unlink, _stored.Id), unlink.Entry);
    }

    [Fact]
    public void An_unlink_removes_and_records_the_stored_relationship_not_the_one_the_curator_sent()
    {
        var bare = new Relationship(_stored.From, _stored.Kind, _stored.To);

        var plan = CurationPlanner.Plan(Curation.Unlink("carol", bare), new CurationState { Relationship = _stored }, _at);

        Assert.Same(_stored, plan.Unlink);
        Assert.Equal(CurationJson.Of(_stored), plan.Entry.Before);
        Assert.Contains(SampleGraph.Cite().Quote, plan.Entry.Before, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_records_the_relationship_it_replaces_and_the_new_one()
    {
        var replacement = _stored with { Provenance = [SampleGraph.Cite("建设加氢站")] };
        var state = new CurationState { Relationship = _stored, FromKind = EntityKind.Project, ToKind = EntityKind.Target };

        var plan = CurationPlanner.Plan(Curation.Link("carol", replacement), state, _at);
        var first = CurationPlanner.Plan(Curation.Link("carol", replacement), state with { Relationship = null }, _at);

        Assert.Same(replacement, plan.Link);
        Assert.Equal(CurationJson.Of(_stored), plan.Entry.Before);
        Assert.Equal(CurationJson.Of(replacement), plan.Entry.After);
        Assert.Null(first.Entry.Before);
    }

    [Fact]
    public void A_link_to_a_missing_entity_or_between_kinds_that_do_not_fit_is_refused()
    {
        var missing = Assert.Throws<GraphValidationException>(() => CurationPlanner.Plan(Curation.Link("eve", _stored), new CurationState { FromKind = EntityKind.Project }, _at));
        var misfit = Assert.Throws<GraphValidationException>(() => CurationPlanner.Plan(Curation.Link("eve", SampleGraph.Link(SampleGraph.Plant, RelationshipKind.MeasuredBy, SampleGraph.Indicator)), new CurationState { FromKind = EntityKind.Project, ToKind = EntityKind.Indicator }, _at));

        Assert.Contains(missing.Problems, p => p.Contains("which is not an entity", StringComparison.Ordinal));
        Assert.NotEmpty(misfit.Problems);
    }

    [Fact]
    public void A_curation_missing_what_it_changes_is_refused()
    {
        Assert.Throws<GraphValidationException>(() => CurationPlanner.Plan(new Curation("eve", CurationAction.UpsertEntity), CurationState.Empty, _at));
        Assert.Throws<GraphValidationException>(() => CurationPlanner.Plan(new Curation("eve", CurationAction.DeleteEntity), CurationState.Empty, _at));
        Assert.Throws<GraphValidationException>(() => CurationPlanner.Plan(new Curation("eve", CurationAction.Link), CurationState.Empty, _at));
        Assert.Throws<GraphValidationException>(() => CurationPlanner.Plan(new Curation("eve", CurationAction.Unlink), CurationState.Empty, _at));
    }

    [Fact]
    public void A_conditional_write_that_lost_the_race_is_a_conflict_unless_the_change_has_become_a_no_op()
    {
        var conflict = Assert.Throws<VersionConflictException>(() => CurationPlanner.Refused(Curation.Upsert("bob", _plant, 3), new CurationState { Entity = _plant with { Version = 4 } }, _at));
        var goneMeanwhile = CurationPlanner.Refused(Curation.Delete("bob", _plant.Id), CurationState.Empty, _at);

        Assert.Equal((3L, 4L), (conflict.Expected, conflict.Actual));
        Assert.Equal(0, goneMeanwhile.Sequence);
        Assert.Null(goneMeanwhile.Before);
    }

    [Fact]
    public void A_replayed_key_answers_the_recorded_entry_only_for_the_same_request()
    {
        var change = Curation.Upsert("alice", _plant, 3) with { IdempotencyKey = "k1" };
        var recorded = new AuditEntry(9, _at, "alice", CurationAction.UpsertEntity, _plant.Id) { Version = 4 };

        Assert.Same(recorded, CurationPlanner.Replay(change, recorded, ContentFingerprint.Of(change)));
        Assert.Same(recorded, CurationPlanner.Replay(change, recorded, null));
        var reused = Assert.Throws<IdempotencyKeyReusedException>(() => CurationPlanner.Replay(change with { ExpectedVersion = 4 }, recorded, ContentFingerprint.Of(change)));
        Assert.Equal("k1", reused.Key);
    }
}
