namespace GraphPlan.Testing;

/// <summary>Finds the checked-out repository from a test's output folder, so tests read the real seed and schema.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> _root = new(FindRoot);

    public static string Root => _root.Value;

    public static string Seed => Path.Combine(Root, "seed");

    public static string Schema => Path.Combine(Root, "schema");

    public static string PlanText => Path.Combine(Seed, "source", "jiaxing-port-14th-five-year-plan.txt");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "GraphPlan.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"GraphPlan.sln not found above {AppContext.BaseDirectory}");
    }
}
