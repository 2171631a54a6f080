using GraphPlan.Generation;
using GraphPlan.Storage.Embedded;

namespace GraphPlan.Web.Tests;

/// <summary>The API over a generated, plan-shaped graph (as `graphplan generate --database` makes it), big enough for 500-node neighborhoods.</summary>
public sealed class GeneratedGraphSession : BrowserSession
{
    public const int Entities = 5000;

    protected override async Task<Dictionary<string, string>> EnvironmentAsync(string folder)
    {
        var path = Path.Combine(folder, "generated.db");
        using (var store = new EmbeddedGraphStore(new EmbeddedStoreOptions { Path = path }))
        {
            await store.ImportAsync(PlanGraphGenerator.Generate(Entities, seed: 7), CancellationToken.None);
        }

        return new Dictionary<string, string> { ["Store__Embedded__Path"] = path };
    }
}
