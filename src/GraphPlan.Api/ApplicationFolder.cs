namespace GraphPlan.Api;

/// <summary>
/// Where the API finds its settings and its default data: the content root given on the command line
/// (<c>--contentRoot</c>) or in <c>ASPNETCORE_CONTENTROOT</c>/<c>DOTNET_CONTENTROOT</c>, else the application's own
/// folder. Never the working directory, so starting it from elsewhere opens the same store with the same settings.
/// </summary>
public static class ApplicationFolder
{
    public static WebApplicationOptions Options(string[] args)
    {
        var configured = new ConfigurationBuilder()
            .AddEnvironmentVariables("DOTNET_")
            .AddEnvironmentVariables("ASPNETCORE_")
            .AddCommandLine(args)
            .Build()[WebHostDefaults.ContentRootKey];
        return new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = string.IsNullOrEmpty(configured) ? AppContext.BaseDirectory : null,
        };
    }
}
