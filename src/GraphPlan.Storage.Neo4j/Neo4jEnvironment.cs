namespace GraphPlan.Storage.Neo4j;

/// <summary>The environment variables that override <see cref="Neo4jOptions"/> (CI and tests set these).</summary>
public static class Neo4jEnvironment
{
    public const string Uri = "GRAPHPLAN_NEO4J_URI";
    public const string User = "GRAPHPLAN_NEO4J_USER";
    public const string Password = "GRAPHPLAN_NEO4J_PASSWORD";
    public const string Database = "GRAPHPLAN_NEO4J_DATABASE";

    /// <summary>Copies every variable that is set onto the options; unset or empty ones change nothing.</summary>
    public static void Apply(Neo4jOptions options, Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(variable);
        if (Value(variable, Uri) is { } uri)
        {
            options.Uri = new System.Uri(uri, UriKind.Absolute);
        }

        if (Value(variable, User) is { } user)
        {
            options.Username = user;
        }

        if (Value(variable, Password) is { } password)
        {
            options.Password = password;
        }

        if (Value(variable, Database) is { } database)
        {
            options.Database = database;
        }
    }

    private static string? Value(Func<string, string?> variable, string name) =>
        variable(name) is { Length: > 0 } value ? value : null;
}
