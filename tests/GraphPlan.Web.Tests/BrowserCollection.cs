namespace GraphPlan.Web.Tests;

/// <summary>The browser tests share one API process and one Chromium, and run one after another (two cores).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSession>
{
    public const string Name = "browser";
}
