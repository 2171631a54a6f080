using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Xml.Linq;
using GraphPlan.Api.Tests.BadInput;
using GraphPlan.Core.Graph;
using GraphPlan.Core.Store;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GraphPlan.Api.Tests;

/// <summary>Exports hold against hostile text, are rate limited, streamed and cached by ETag.</summary>
public sealed class ExportHardeningTests
{
    private const string Upsert = """
        mutation($nameEn: String!) { upsertEntity(input: {id: "organization:tsinghua-yangtze-delta-institute", kind: ORGANIZATION, name: "浙江清华长三角研究院",
          nameEn: $nameEn, attributes: [{key: "orgType", value: "research"}],
          provenance: [{section: "section:3.2", quote: "依托浙江清华长三角研究院的人才、技术及产业资源集聚优势"}]}) { entity { nameEn } } }
        """;

    private static readonly Uri _json = new("/export/graph.json", UriKind.Relative);
    private static readonly Uri _graphml = new("/export/graph.graphml", UriKind.Relative);

    [Theory]
    [InlineData("Tsinghua\u000B Institute")]
    [InlineData("Tsinghua\0 Institute")]
    [InlineData("Tsinghua\u001B[31m Institute")]
    public async Task Curated_text_with_a_control_character_is_refused_and_every_export_still_answers(string nameEn)
    {
        using var factory = new ApiFactory();
        using var client = factory.CreateClient();

        using var response = await CurateAsync(client, nameEn);

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var error = body.RootElement.GetProperty("errors")[0];
        Assert.Equal("VALIDATION_FAILED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("nameEn", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        using var graphml = await client.GetAsync(_graphml);
        Assert.Equal(HttpStatusCode.OK, graphml.StatusCode);
        XDocument.Parse(await graphml.Content.ReadAsStringAsync());
        using var json = await client.GetAsync(_json);
        Assert.Equal(HttpStatusCode.OK, json.StatusCode);
        using var parsed = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        Assert.DoesNotContain(parsed.RootElement.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("nameEn").GetString() == nameEn);
    }

    [Theory]
    [InlineData("/export/graph.json")]
    [InlineData("/export/graph.graphml")]
    public async Task An_export_has_an_etag_answers_304_to_it_and_changes_it_after_a_curated_write(string path)
    {
        using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        var uri = new Uri(path, UriKind.Relative);

        using var first = await client.GetAsync(uri);
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);
        using var again = await GetIfNoneMatchAsync(client, uri, tag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());

        using (var write = await CurateAsync(client, "Tsinghua Institute, renamed"))
        {
            Assert.Equal("Tsinghua Institute, renamed", (await write.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("data").GetProperty("upsertEntity").GetProperty("entity").GetProperty("nameEn").GetString());
        }

        using var changed = await GetIfNoneMatchAsync(client, uri, tag);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(tag, changed.Headers.ETag);
        Assert.Contains("Tsinghua Institute, renamed", await changed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exports_count_against_the_clients_rate_limit()
    {
        using var factory = new ConfiguredApiFactory(new Dictionary<string, string?>
        {
            ["RateLimiting:Enabled"] = "true",
            ["RateLimiting:TokenLimit"] = "2",
            ["RateLimiting:TokensPerPeriod"] = "1",
            ["RateLimiting:ReplenishmentPeriod"] = "01:00:00",
        });
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.GetAsync(i % 2 == 0 ? _json : _graphml);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.NotNull(response.Headers.RetryAfter);
                Assert.Equal("RATE_LIMITED", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Theory]
    [InlineData("/export/graph.json")]
    [InlineData("/export/graph.graphml")]
    public async Task An_export_reaches_the_client_while_the_graph_is_still_being_written(string path)
    {
        // The last entity's aliases cannot be read until the client has received the first bytes of the answer; an
        // export buffered whole before sending would wait for the gate's 30 s bound instead.
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var timedOut = new StrongBox<bool>();
        using var factory = new ApiFactory().WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            var registered = services.Single(d => d.ServiceType == typeof(IGraphStore));
            services.RemoveAll<IGraphStore>();
            services.AddSingleton(sp => GatedExportStore.Wrap((IGraphStore)(registered.ImplementationInstance ?? registered.ImplementationFactory!(sp)), gate.Task, timedOut));
        }));
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        var first = new byte[1024];
        var read = await body.ReadAsync(first).AsTask().WaitAsync(TimeSpan.FromSeconds(60));
        gate.TrySetResult();
        var rest = await new StreamReader(body).ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(read > 0);
        Assert.False(timedOut.Value, "the first bytes arrived only after the whole graph was written");
        Assert.Contains(GatedExportStore.LastId, rest, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> CurateAsync(HttpClient client, string nameEn)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Upsert, variables = new { nameEn } }) };
        request.Headers.Add("X-Api-Key", ApiFactory.CuratorKey);
        return await client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> GetIfNoneMatchAsync(HttpClient client, Uri uri, EntityTagHeaderValue tag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.IfNoneMatch.Add(tag);
        return await client.SendAsync(request);
    }

    /// <summary>Adds one entity, sorted last, whose aliases are readable only once the gate opens (or after 30 s).</summary>
    public class GatedExportStore : DispatchProxy
    {
        public const string LastId = "project:zzzz-written-last";

        private IGraphStore _inner = null!;
        private Task _gate = null!;
        private StrongBox<bool> _timedOut = null!;

        public static IGraphStore Wrap(IGraphStore inner, Task gate, StrongBox<bool> timedOut)
        {
            var proxy = Create<IGraphStore, GatedExportStore>();
            var self = (GatedExportStore)(object)proxy;
            self._inner = inner;
            self._gate = gate;
            self._timedOut = timedOut;
            return proxy;
        }

        protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
        {
            ArgumentNullException.ThrowIfNull(targetMethod);
            if (targetMethod.Name == nameof(IGraphStore.ExportAsync))
            {
                return ExportAsync((CancellationToken)args![0]!);
            }

            try
            {
                return targetMethod.Invoke(_inner, args);
            }
            catch (TargetInvocationException ex) when (ex.InnerException is not null)
            {
                throw ex.InnerException;
            }
        }

        private async Task<GraphData> ExportAsync(CancellationToken cancellationToken)
        {
            var graph = await _inner.ExportAsync(cancellationToken);
            var last = new Entity
            {
                Id = LastId,
                Kind = EntityKind.Project,
                Name = "最后",
                NameEn = "Written last",
                Aliases = new GatedList(_gate, _timedOut),
                Provenance = [new Provenance("section:3.2", "引文")],
            };
            return graph with { Entities = [.. graph.Entities, last] };
        }
    }

    private sealed class GatedList(Task gate, StrongBox<bool> timedOut) : IReadOnlyList<string>
    {
        public int Count => Wait().Length;

        public string this[int index] => Wait()[index];

        public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)Wait()).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        private string[] Wait()
        {
            if (!gate.Wait(TimeSpan.FromSeconds(30)))
            {
                timedOut.Value = true;
            }

            return ["别名"];
        }
    }
}
