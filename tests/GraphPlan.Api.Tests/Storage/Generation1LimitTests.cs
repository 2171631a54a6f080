using GraphPlan.Api.Storage;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;

namespace GraphPlan.Api.Tests.Storage;

/// <summary>The limit on generation 1 as configuration sets it: on by default, 0 turns it off, anything else is refused at start.</summary>
public sealed class Generation1LimitTests
{
    [Theory]
    [InlineData(null, 64L << 20)]
    [InlineData("0", 0L)]
    [InlineData("256", 256L << 20)]
    public void The_limit_is_read_in_MiB(string? setting, long bytes)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(Generation1Limit.Key, setting)]).Build();

        Assert.Equal(bytes, Generation1Limit.Bytes(configuration));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("64MB")]
    [InlineData("1.5")]
    [InlineData("99999999999")]
    public void A_limit_that_is_not_a_whole_number_of_MiB_stops_the_start(string setting)
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder.UseSetting(Generation1Limit.Key, setting));

        var error = Assert.ThrowsAny<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains(Generation1Limit.Key, error.Message, StringComparison.Ordinal);
        Assert.Contains($"'{setting}'", error.Message, StringComparison.Ordinal);
    }
}
