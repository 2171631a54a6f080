using GraphPlan.Core.Graph;
using GraphPlan.Core.Search;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace GraphPlan.Search;

/// <summary>
/// A Lucene index of entities, in memory or (for large graphs) in a folder of its own: exact-name and id keys, SmartCn words and Han pairs of the Chinese name
/// and aliases, the stemmed English name, and provenance quotes. Not thread-safe for writes: the owner applies
/// <see cref="Put"/>/<see cref="Remove"/> and then <see cref="Refresh"/> while no search runs (the embedded store's
/// write lock); searches may run concurrently with each other.
/// </summary>
public sealed class LuceneEntityIndex : IDisposable
{
    private const int MaxQuotesShown = 2;

    private static readonly Similarity _similarity = new BM25Similarity();

    private readonly Lucene.Net.Store.Directory _directory;
    private readonly IndexWriter _writer;
    private DirectoryReader? _reader;
    private IndexSearcher? _searcher;

    /// <summary>
    /// A new, empty index: in memory, or in <paramref name="folder"/> (whatever it held is replaced), which keeps the
    /// index out of the process's memory; the operating system caches the parts searches read. The folder is read with
    /// positioned reads, not mapped: mapped segments count in the process's resident memory (about 100 MiB at a
    /// million entities) although the kernel's file cache holds them either way.
    /// </summary>
    public LuceneEntityIndex(string? folder = null)
    {
        _directory = folder is null ? new RAMDirectory() : new NIOFSDirectory(new DirectoryInfo(folder));
        _writer = new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, SearchFields.Indexing)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = _similarity,
            RAMBufferSizeMB = 32,
        });
    }

    public void Put(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        _writer.UpdateDocument(new Term(SearchFields.Id, entity.Id), Document(entity));
    }

    /// <summary>
    /// Adds an entity known not to be in the index yet (filling a new one): unlike <see cref="Put"/> it leaves no delete
    /// of an earlier copy to apply, which at a million entities was most of what opening the filled index cost.
    /// </summary>
    public void Add(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        _writer.AddDocument(Document(entity));
    }

    public void Remove(string id) => _writer.DeleteDocuments(new Term(SearchFields.Id, id));

    /// <summary>Makes every change so far visible to searches. Call with no search running.</summary>
    public void Refresh()
    {
        if (_reader is null)
        {
            _reader = DirectoryReader.Open(_writer, applyAllDeletes: true);
        }
        else if (DirectoryReader.OpenIfChanged(_reader, _writer, applyAllDeletes: true) is { } newer)
        {
            _reader.Dispose();
            _reader = newer;
        }
        else
        {
            return;
        }

        _searcher = new IndexSearcher(_reader) { Similarity = _similarity };
    }

    /// <summary>Ranked hits; <paramref name="find"/> turns an indexed id into the current entity.</summary>
    public SearchResults Search(SearchRequest request, Func<string, Entity?> find)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(find);
        request.Check();
        var searcher = _searcher ?? throw new InvalidOperationException("the index was not refreshed after it was filled");
        var query = new EntitySearchQuery(request.Text);
        if (query.IsEmpty)
        {
            return SearchResults.Empty;
        }

        var filter = KindFilter(request.Kinds);
        var wanted = request.Offset + request.Limit;
        var sort = new Sort(SortField.FIELD_SCORE, new SortField(SearchFields.Id, SortFieldType.STRING));
        var top = searcher.Search(query.Strict(), filter, wanted, sort, doDocScores: true, doMaxScore: false);
        var near = false;
        if (top.TotalHits == 0)
        {
            top = searcher.Search(query.Near(), filter, wanted, sort, doDocScores: true, doMaxScore: false);
            near = true;
        }

        var hits = new List<SearchHit>();
        foreach (var scored in top.ScoreDocs.Skip(request.Offset))
        {
            if (find(searcher.Doc(scored.Doc).Get(SearchFields.Id)) is { } entity)
            {
                hits.Add(new SearchHit(entity, scored.Score, Highlights(entity, query, near)));
            }
        }

        return new SearchResults(hits, top.TotalHits);
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _writer.Dispose();
        _directory.Dispose();
    }

    private static Filter? KindFilter(IReadOnlyList<EntityKind> kinds)
    {
        if (kinds.Count == 0)
        {
            return null;
        }

        var any = new BooleanQuery(disableCoord: true);
        foreach (var kind in kinds.Distinct())
        {
            any.Add(new TermQuery(new Term(SearchFields.Kind, GraphNames.Of(kind))), Occur.SHOULD);
        }

        return new QueryWrapperFilter(any);
    }

    private static Document Document(Entity entity)
    {
        var document = new Document
        {
            new StringField(SearchFields.Id, entity.Id, Field.Store.YES),
            new StringField(SearchFields.Kind, GraphNames.Of(entity.Kind), Field.Store.NO),
            new StringField(SearchFields.ExactName, SearchText.Normalize(entity.Name), Field.Store.NO),
            new TextField(SearchFields.NameWords, entity.Name, Field.Store.NO),
            new TextField(SearchFields.NameBigrams, entity.Name, Field.Store.NO),
            new TextField(SearchFields.English, entity.NameEn, Field.Store.NO),
        };
        foreach (var other in entity.Aliases.Append(entity.NameEn).Select(SearchText.Normalize).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal))
        {
            document.Add(new StringField(SearchFields.ExactOther, other, Field.Store.NO));
        }

        foreach (var alias in entity.Aliases)
        {
            document.Add(new TextField(SearchFields.AliasWords, alias, Field.Store.NO));
            document.Add(new TextField(SearchFields.AliasBigrams, alias, Field.Store.NO));
        }

        foreach (var quote in entity.Provenance.Select(p => p.Quote).Distinct(StringComparer.Ordinal))
        {
            document.Add(new TextField(SearchFields.Quote, quote, Field.Store.NO));
        }

        return document;
    }

    private static List<SearchHighlight> Highlights(Entity entity, EntitySearchQuery query, bool near)
    {
        var highlights = new List<SearchHighlight>();
        if (string.Equals(entity.Id, query.Id, StringComparison.Ordinal))
        {
            highlights.Add(new("id", SearchText.Mark(entity.Id, [(0, entity.Id.Length)])));
        }

        var pairs = query.MarkedTerms(SearchFields.NameBigrams);
        var minimum = near ? 1 : pairs.Count;
        if (SearchText.Normalize(entity.Name) == query.Normal)
        {
            highlights.Add(new("name", SearchText.Mark(entity.Name, [(0, entity.Name.Length)])));
        }
        else if (Marked(entity.Name, SearchFields.IndexBigrams, SearchFields.NameBigrams, pairs, minimum) is { } name)
        {
            highlights.Add(new("name", name));
        }

        foreach (var alias in entity.Aliases)
        {
            if (Marked(alias, SearchFields.IndexBigrams, SearchFields.AliasBigrams, pairs, minimum) is { } marked)
            {
                highlights.Add(new("aliases", marked));
            }
        }

        var words = query.MarkedTerms(SearchFields.English);
        if (Marked(entity.NameEn, SearchFields.EnglishWords, SearchFields.English, words, near ? 1 : words.Count) is { } english)
        {
            highlights.Add(new("nameEn", english));
        }

        foreach (var quote in entity.Provenance.Select(p => p.Quote).Distinct(StringComparer.Ordinal))
        {
            if (highlights.Count(h => h.Field == "provenance") < MaxQuotesShown
                && Marked(quote, SearchFields.IndexBigrams, SearchFields.Quote, pairs, minimum) is { } marked)
            {
                highlights.Add(new("provenance", marked));
            }
        }

        return highlights;
    }

    /// <summary>The text with the matching terms marked, or null when fewer than <paramref name="minimum"/> distinct terms occur.</summary>
    private static string? Marked(string text, Lucene.Net.Analysis.Analyzer analyzer, string field, IReadOnlySet<string> terms, int minimum)
    {
        if (terms.Count == 0 || text.Length == 0)
        {
            return null;
        }

        // Han pairs and plain words are found as they are written (no analysis, which is most of a highlight's cost);
        // English stems need the analyzer's offsets.
        var matches = analyzer == SearchFields.EnglishWords
            ? SearchFields.Tokens(analyzer, field, text).Where(t => terms.Contains(t.Term)).Select(t => (t.Term, Start: t.Start, Length: t.End - t.Start)).ToList()
            : terms.SelectMany(term => SearchText.Find(text, [term]).Select(span => (Term: term, span.Start, span.Length))).ToList();
        return matches.Select(m => m.Term).Distinct(StringComparer.Ordinal).Count() >= Math.Max(1, minimum)
            ? SearchText.Mark(text, matches.Select(m => (m.Start, m.Length)))
            : null;
    }
}
