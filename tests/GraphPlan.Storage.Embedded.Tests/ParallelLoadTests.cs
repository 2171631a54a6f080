using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using GraphPlan.Generation;
using Microsoft.Data.Sqlite;

namespace GraphPlan.Storage.Embedded.Tests;

/// <summary>
/// Loading on several threads, batch by batch, builds the graph one thread reading row by row builds: the same
/// entities in the same order, the same adjacency lists in the same order, the same values shared.
/// </summary>
public sealed class ParallelLoadTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_generated_graph_loaded_by_several_workers_in_small_batches_is_the_graph_one_worker_loads()
    {
        var graph = PlanGraphGenerator.Generate(3000, seed: 7);
        using (var store = _database.Open())
        {
            await store.ImportAsync(graph);
        }

        var alone = Load(workers: 1, batchRows: 10_000);
        var together = Load(workers: 4, batchRows: 37);

        Assert.Equal(3000, together.EntityCount);
        Assert.Equal(graph.Relationships.Count, together.RelationshipCount);
        Assert.Equal(Shape(alone), Shape(together));
        Assert.Equal(Sharing(alone), Sharing(together));
        Assert.Equal(
            graph.Relationships.Select(r => (r.Id, Citations: string.Join("|", r.Provenance))).OrderBy(r => r.Id, StringComparer.Ordinal),
            together.Export().Relationships.Select(r => (r.Id, Citations: string.Join("|", r.Provenance))));
        Assert.Equal(
            graph.Entities.Select(ContentFingerprint.Of).Order(StringComparer.Ordinal),
            together.Entities.Select(ContentFingerprint.Of).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_relationship_to_an_entity_that_is_not_stored_refuses_the_file_whichever_worker_reads_it()
    {
        using (var store = _database.Open())
        {
            await store.ImportAsync(PlanGraphGenerator.Generate(500, seed: 3));
        }

        using (var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE relationship SET target = 'industry:missing' WHERE (source, kind, target) IN (SELECT source, kind, target FROM relationship LIMIT 1 OFFSET 300)";
            command.ExecuteNonQuery();
        }

        using var file = new SqliteGraphFile(_database.Path);
        var error = Assert.Throws<KeyNotFoundException>(() => file.LoadInto(new GraphIndex(), workers: 3, batchRows: 16));

        Assert.Contains("industry:missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_from_before_relationship_reasoning_is_read_while_it_is_checked_and_gains_the_column_after()
    {
        var graph = PlanGraphGenerator.Generate(300, seed: 4);
        using (var store = _database.Open())
        {
            await store.ImportAsync(graph);
        }

        using (var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "ALTER TABLE relationship DROP COLUMN reasoning";
            command.ExecuteNonQuery();
        }

        var first = graph.Relationships[0];
        int count;
        using (var reopened = _database.Open())
        {
            count = (await reopened.GetStatisticsAsync()).RelationshipCount;
            await reopened.LinkAsync(first with { Reasoning = "因为规划如此。" });
        }

        using var again = _database.Open();
        var linked = (await again.GetRelatedAsync([first.From], new RelationFilter(Direction.Outgoing))).Single().Single(r => r.Relationship.Id == first.Id);

        Assert.Equal(graph.Relationships.Count, count);
        Assert.Equal("因为规划如此。", linked.Relationship.Reasoning);
    }

    private GraphIndex Load(int workers, int batchRows)
    {
        var index = new GraphIndex();
        using var file = new SqliteGraphFile(_database.Path);
        file.LoadInto(index, workers, batchRows);
        return index;
    }

    /// <summary>Every entity in the index's order, with its adjacency lists in their order.</summary>
    private static List<string> Shape(GraphIndex index) =>
        index.Entities.Select(e =>
        {
            var node = index.Node(e.Id)!;
            return $"{ContentFingerprint.Of(e)} out[{string.Join(",", node.Outgoing.Items.ToArray().Select(a => a.Relationship.Id))}] in[{string.Join(",", node.Incoming.Items.ToArray().Select(a => a.Relationship.Id))}]";
        }).ToList();

    /// <summary>How many distinct citations the relationships hold, counted by identity.</summary>
    private static int Sharing(GraphIndex index) =>
        index.Export().Relationships.SelectMany(r => r.Provenance).Distinct(ReferenceEqualityComparer.Instance).Count();
}
