using System.Collections.Concurrent;
using System.Globalization;
using GraphPlan.Core.Graph;
using GraphPlan.Core.Search;
using GraphPlan.Core.Store;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using TextField = Lucene.Net.Documents.TextField;

namespace GraphPlan.Search;

/// <summary>
/// The plan's sentences in an in-memory Lucene index (Han pairs and SmartCn words), each with its section and the
/// entities citing it. Built on the first search (or <see cref="WarmUpAsync"/>) from the plan text and the store's graph,
/// then kept: the text does not change, and citations follow the graph as it was then.
/// </summary>
public sealed class LucenePassageIndex(string planTextPath, IGraphStore store) : IPassageIndex, IDisposable
{
    private static readonly Similarity _similarity = new BM25Similarity();

    private static readonly ConcurrentDictionary<string, Lazy<SentenceIndex>> _sentences = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim _build = new(1, 1);
    private Built? _built;

    /// <summary>Builds the index now rather than on the first search.</summary>
    public Task WarmUpAsync(CancellationToken cancellationToken = default) => _built is null ? BuildAsync(cancellationToken) : Task.CompletedTask;

    public async Task<IReadOnlyList<Passage>> FindAsync(string text, int first, CancellationToken cancellationToken = default)
    {
        new SearchRequest(text) { Limit = first }.Check();
        var built = _built ?? await BuildAsync(cancellationToken).ConfigureAwait(false);
        var bigrams = SearchFields.Terms(SearchFields.QueryBigrams, SearchFields.Text, text);
        if (bigrams.Count == 0)
        {
            return [];
        }

        var words = SearchFields.Terms(SearchFields.Words, SearchFields.TextWords, text);
        var strict = Query(bigrams, words, bigrams.Count);
        var top = built.Searcher.Search(strict, first);
        if (top.TotalHits == 0 && bigrams.Count >= 3)
        {
            top = built.Searcher.Search(Query(bigrams, words, (int)Math.Ceiling(bigrams.Count * 0.6)), first);
        }

        var marked = bigrams.ToHashSet(StringComparer.Ordinal);
        return top.ScoreDocs.Select(scored =>
        {
            var sentence = built.Sentences[int.Parse(built.Searcher.Doc(scored.Doc).Get("n"), CultureInfo.InvariantCulture) - 1];
            var spans = SearchFields.Tokens(SearchFields.IndexBigrams, SearchFields.Text, sentence.Text).Where(t => marked.Contains(t.Term)).Select(t => (t.Start, t.End - t.Start));
            return new Passage(sentence, scored.Score, SearchText.Mark(sentence.Text, spans), built.Citations.GetValueOrDefault(sentence.Number) ?? []);
        }).ToList();
    }

    public void Dispose() => _build.Dispose();

    private static BooleanQuery Query(IReadOnlyList<string> bigrams, IReadOnlyList<string> words, int atLeast)
    {
        var pairs = new BooleanQuery(disableCoord: true) { MinimumNumberShouldMatch = atLeast };
        foreach (var term in bigrams)
        {
            pairs.Add(new TermQuery(new Term(SearchFields.Text, term)), Occur.SHOULD);
        }

        // Sentences where the text is a word of its own (not two characters that happen to meet) rank first.
        var query = new BooleanQuery(disableCoord: true) { { pairs, Occur.MUST } };
        foreach (var word in words)
        {
            query.Add(new TermQuery(new Term(SearchFields.TextWords, word)) { Boost = 0.5f }, Occur.SHOULD);
        }

        return query;
    }

    private async Task<Built> BuildAsync(CancellationToken cancellationToken)
    {
        await _build.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_built is { } built)
            {
                return built;
            }

            var text = await File.ReadAllTextAsync(planTextPath, cancellationToken).ConfigureAwait(false);
            var graph = await store.ExportAsync(cancellationToken).ConfigureAwait(false);
            var structure = graph.Entities.Where(e => e.Kind is EntityKind.Plan or EntityKind.Chapter or EntityKind.Section).ToList();
            // The sentences and their index depend only on the text and the structure: built once per process for each.
            var key = string.Join('\n', structure.Select(e => $"{e.Id}\t{e.Provenance.FirstOrDefault()?.Quote}").Prepend(text));
            var sentences = _sentences.GetOrAdd(key, _ => new Lazy<SentenceIndex>(() => SentenceIndex.Build(PlanSentences.Split(text, structure)))).Value;
            _built = new Built(sentences.Sentences, PlanSentences.Citations(sentences.Sentences, graph.Entities), sentences.Searcher);
            return _built;
        }
        finally
        {
            _build.Release();
        }
    }

    private sealed record Built(IReadOnlyList<PlanSentence> Sentences, IReadOnlyDictionary<int, IReadOnlyList<string>> Citations, IndexSearcher Searcher);

    /// <summary>The sentences in a Lucene index of their own; kept for the life of the process (the plan is a few MB).</summary>
    private sealed record SentenceIndex(IReadOnlyList<PlanSentence> Sentences, IndexSearcher Searcher)
    {
        public static SentenceIndex Build(IReadOnlyList<PlanSentence> sentences)
        {
            var directory = new RAMDirectory();
            using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, SearchFields.Indexing) { Similarity = _similarity }))
            {
                foreach (var sentence in sentences)
                {
                    writer.AddDocument(new Document
                    {
                        new StoredField("n", sentence.Number.ToString(CultureInfo.InvariantCulture)),
                        new TextField(SearchFields.Text, sentence.Text, Field.Store.NO),
                        new TextField(SearchFields.TextWords, sentence.Text, Field.Store.NO),
                    });
                }
            }

            return new SentenceIndex(sentences, new IndexSearcher(DirectoryReader.Open(directory)) { Similarity = _similarity });
        }
    }
}
