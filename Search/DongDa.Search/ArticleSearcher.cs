using DongDa.Search.Querying;
using DongDa.Search.Schema;
using DongDa.Search.Storage;
using DongDa.Search.Typing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Directory = Lucene.Net.Store.Directory;

namespace DongDa.Search;

/// <summary>
/// Searches a DongDa.Search index. One instance serves any number of concurrent requests (it is thread-safe and cheap
/// to share: create one per index and keep it); <see cref="Refresh"/> makes articles committed since visible.
/// </summary>
/// <example><code>
/// using var searcher = ArticleSearcher.Open("/data/index");
/// var results = searcher.Search(new SearchRequest { Query = "uy ban nhan dan dong da", PageSize = 5 });
/// foreach (var hit in results.Hits)
/// {
///     Console.WriteLine($"{hit.Title} {hit.Date} {hit.Snippet?.Format("&lt;mark&gt;", "&lt;/mark&gt;")}");
/// }
/// </code></example>
public sealed partial class ArticleSearcher : IDisposable
{
    private readonly Directory _directory;
    private readonly bool _ownsDirectory;
    private readonly SearcherManager _manager;
    private readonly ArticleQueryBuilder _queryBuilder;
    private readonly TypingAids _typing = new();
    private readonly Places.PlaceQueryExpansion _places;

    /// <summary>Opens a searcher over an index in <paramref name="directory"/> (which the caller keeps and disposes).</summary>
    /// <exception cref="IndexNotFoundException">The directory holds no index.</exception>
    /// <exception cref="IncompatibleIndexException">The index was built with another schema or analyzer version.</exception>
    public ArticleSearcher(Directory directory, ArticleSearcherOptions? options = null)
        : this(directory, false, options, directory?.ToString() ?? "")
    {
    }

    private ArticleSearcher(Directory directory, bool ownsDirectory, ArticleSearcherOptions? options, string location)
    {
        ArgumentNullException.ThrowIfNull(directory);
        Options = options ?? new ArticleSearcherOptions();
        _directory = directory;
        _ownsDirectory = ownsDirectory;
        _manager = new SearcherManager(directory, new BM25SearcherFactory(new BM25Similarity(Options.K1, Options.B)));
        var searcher = _manager.Acquire();
        try
        {
            IndexCompatibility.EnsureCompatible(((DirectoryReader)searcher.IndexReader).IndexCommit, location);
        }
        catch
        {
            _manager.Release(searcher);
            _manager.Dispose();
            throw;
        }
        _manager.Release(searcher);
        _queryBuilder = new ArticleQueryBuilder(Options, AbbreviationTable.Default, reader => _typing.For(reader).Restorer.Model);
        _places = new Places.PlaceQueryExpansion(() => Places.PlaceDirectory.Default);
    }

    /// <summary>
    /// Opens the index in the folder <paramref name="path"/>, read through memory maps under Lucene's buffered inputs
    /// (not Lucene.Net's own memory map: see <see cref="MappedReadDirectory"/>).
    /// </summary>
    /// <exception cref="IndexNotFoundException">The folder holds no index (run <c>dongda-search index</c> first).</exception>
    /// <exception cref="IncompatibleIndexException">The index was built with another schema or analyzer version.</exception>
    public static ArticleSearcher Open(string path, ArticleSearcherOptions? options = null)
    {
        var directory = new MappedReadDirectory(path);
        try
        {
            return new ArticleSearcher(directory, true, options, path);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>True when <paramref name="path"/> holds an index this class can open.</summary>
    public static bool IndexExists(string path)
    {
        if (!System.IO.Directory.Exists(path))
        {
            return false;
        }
        using var directory = FSDirectory.Open(path);
        return DirectoryReader.IndexExists(directory);
    }

    /// <summary>The ranking parameters in use.</summary>
    public ArticleSearcherOptions Options { get; }

    /// <summary>Runs <paramref name="request"/> until done or until <paramref name="cancellationToken"/> is cancelled.</summary>
    private SearchResults SearchCore(SearchRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Page, 1, nameof(request));
        ArgumentOutOfRangeException.ThrowIfLessThan(request.PageSize, 1, nameof(request));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.PageSize, SearchRequest.MaxPageSize, nameof(request));

        var searcher = _manager.Acquire();
        try
        {
            // The version names the commit searched: a cached result is never given once the searcher holds a newer one.
            var version = searcher.IndexReader is DirectoryReader reader ? reader.Version : -1;
            if (_results is not null && version >= 0 && _results.TryGet(version, request, out var cached))
            {
                return cached!;
            }
            var results = Execute(searcher, request, cancellationToken);
            if (_results is not null && version >= 0)
            {
                _results.Add(version, request, results);
            }
            return results;
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    /// <summary>Searches <paramref name="request"/> in <paramref name="searcher"/>'s view of the index.</summary>
    private SearchResults Execute(IndexSearcher searcher, SearchRequest request, CancellationToken cancellationToken)
    {
        // A place named with its kind ("phường Láng") also finds its former and later names, with notes saying so.
        var (built, placeNotes) = _places.Build(WithPlaceNameRead(WithJoinedSyllablesRead(searcher, WithKeystrokesRead(searcher, request))), r => _queryBuilder.Build(r, searcher.IndexReader), query => Count(searcher, query, null));
        if (built.MatchesNothing)
        {
            return Empty(request, built.Warnings);
        }
        var filter = DateFilter(built.From, built.To);
        var wanted = (int)Math.Min((long)request.Page * request.PageSize, int.MaxValue);
        var rescore = request.Sort == SearchSort.Relevance && (built.Rescoring is not null || built.Coverage is not null);

        wanted = Math.Min(wanted, Math.Max(1, searcher.IndexReader.MaxDoc));
        var depth = rescore ? Math.Max(wanted, Options.RescoreDepth) : wanted;
        (ITopDocsCollector Top, FacetCollector? Facets) Run(Query query)
        {
            ITopDocsCollector top = request.Sort == SearchSort.Date
                ? TopFieldCollector.Create(DateSort, depth, fillFields: false, trackDocScores: true, trackMaxScore: false, docsScoredInOrder: false)
                : TopScoreDocCollector.Create(depth, docsScoredInOrder: false);
            var facets = request.IncludeFacets ? new FacetCollector() : null;
            searcher.Search(query, filter, new CancellableCollector(facets is null ? top : MultiCollector.Wrap(top, facets), cancellationToken));
            return (top, facets);
        }
        var ((top, facets), narrowed) = RunRequiringPairs(built, Run, r => r.Top.TotalHits);
        built.Highlights.RunsHeld = narrowed;

        var start = (request.Page - 1) * request.PageSize;
        var ranked = top.GetTopDocs();
        var matched = new Dictionary<Query, HashSet<int>>(ReferenceEqualityComparer.Instance);
        if (rescore && built.Rescoring is not null)
        {
            // The bonuses (unmarked words, folded fallback, common words) on the first-pass top: first score + bonus, re-sorted.
            ranked = ClauseRescorer.Rescore(searcher, ranked, built.Rescoring, matched);
        }
        if (rescore && built.Coverage is not null)
        {
            ranked = built.Coverage.Rescore(searcher, ranked, matched);
        }
        var docs = ranked.ScoreDocs.Skip(start).Take(request.PageSize).ToArray();
        var hits = new List<SearchHit>(docs.Length);
        foreach (var scoreDoc in docs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var score = float.IsNaN(scoreDoc.Score) ? 0f : scoreDoc.Score;
            if (!request.IncludeDetails)
            {
                hits.Add(new SearchHit { Id = IdOf(searcher.IndexReader, scoreDoc.Doc), Title = "", Score = score });
                continue;
            }
            var article = ArticleDocuments.FromDocument(searcher.Doc(scoreDoc.Doc, request.IncludeSnippets ? HitFieldsWithText : HitFields));
            var hit = request.IncludeSnippets ? MarkedHit(article, score, built.Highlights) : SearchHit.Of(article, score, null);
            hits.Add(article.Title.Length > 0 ? hit : hit with
            {
                TitleFromUrl = TitleFromUrl(searcher, scoreDoc.Doc, article.Url, request.IncludeSnippets ? ArticleText.Of(article) : null),
            });
        }
        var (interpretation, suggestion) = request.IncludeDetails ? TypingHints(searcher, request, top.TotalHits) : (null, null);
        if (built.SearchesOtherForms)
        {
            // The notes say how the loanword was searched; the restorer's reading of its syllables (tì vị) was not it.
            interpretation = null;
        }
        return new SearchResults
        {
            Total = top.TotalHits,
            Hits = hits,
            Page = request.Page,
            PageSize = request.PageSize,
            Years = facets?.Years ?? [],
            Categories = facets?.Categories ?? [],
            Warnings = built.Warnings,
            Interpretation = interpretation,
            Suggestion = suggestion,
            Notes = [.. placeNotes, .. built.Notes],
        };
    }

    /// <summary>
    /// The most likely accented reading of <paramref name="text"/> typed without accents, half without, or as Telex/VNI
    /// keystrokes (<c>dan van</c>, <c>daan vaanj</c> → <c>dân vận</c>), from the archive's own syllable model; syllables
    /// typed with accents are kept. The model is read from the index on first use (and after a refresh).
    /// </summary>
    public Restoration Restore(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var searcher = _manager.Acquire();
        try
        {
            return _typing.For(searcher.IndexReader).Restorer.Restore(text);
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    /// <summary>
    /// Up to <paramref name="size"/> completions of <paramref name="prefix"/> from the archive's words and syllable pairs,
    /// accent-insensitive, most frequent first (<c>cong tac d</c> → <c>công tác dân</c>, …).
    /// </summary>
    public IReadOnlyList<Completion> Suggest(string prefix, int size = 10)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        var searcher = _manager.Acquire();
        try
        {
            return _typing.For(searcher.IndexReader).Completer.Complete(prefix, size);
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    /// <summary>The stored article with id <paramref name="id"/>, or null when the index has none.</summary>
    public Article? GetById(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var searcher = _manager.Acquire();
        try
        {
            var docs = searcher.Search(new TermQuery(new Term(ArticleFields.Id, id)), 1);
            return docs.ScoreDocs.Length == 0 ? null : ArticleDocuments.FromDocument(searcher.Doc(docs.ScoreDocs[0].Doc));
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    /// <summary>
    /// Up to <paramref name="size"/> articles related to the article <paramref name="id"/> ("Tin liên quan"), most similar
    /// first, each story once; null when the index has no such article.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Size outside 1..<see cref="RelatedArticles.MaxSize"/>.</exception>
    public RelatedArticles? Related(string id, int size = RelatedArticles.DefaultSize)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, RelatedArticles.MaxSize);
        var searcher = _manager.Acquire();
        try
        {
            return DongDa.Search.Related.RelatedArticleFinder.Find(searcher, id, size) is { } related
                ? related with
                {
                    Hits = WithAddressHeadlines(searcher, related.Hits),
                    Duplicates = [.. related.Duplicates.Select(d => d with { Hit = WithAddressHeadline(searcher, d.Hit) })],
                }
                : null;
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    /// <summary>How many syllable models the typing aids have read: one per reader served (for tests).</summary>
    internal int TypingModelsRead => _typing.ModelsRead;

    /// <summary>Makes changes committed to the index since the last refresh visible to new requests; true if there were any.</summary>
    public bool Refresh()
    {
        var before = _manager.Acquire();
        try
        {
            _manager.MaybeRefreshBlocking();
        }
        finally
        {
            _manager.Release(before);
        }
        var after = _manager.Acquire();
        try
        {
            var changed = !ReferenceEquals(before, after);
            if (changed && _typing.ModelsRead > 0)
            {
                // An explicit refresh answers with everything current, the typing aids too (the timer's refresh reads them in the background).
                _typing.Ready(after.IndexReader);
            }
            return changed;
        }
        finally
        {
            _manager.Release(after);
        }
    }

    /// <summary>Article count, date range, categories, size on disk and the index's commit data (schema and analyzer versions).</summary>
    public IndexStatistics GetStatistics()
    {
        var searcher = _manager.Acquire();
        try
        {
            var reader = (DirectoryReader)searcher.IndexReader;
            var facets = new FacetCollector();
            var dates = new DateRangeCollector();
            searcher.Search(new MatchAllDocsQuery(), MultiCollector.Wrap(facets, dates));
            long size = 0;
            foreach (var file in _directory.ListAll())
            {
                try
                {
                    size += _directory.FileLength(file);
                }
                catch (IOException)
                {
                    // A file removed by a concurrent merge: it no longer counts.
                }
            }
            return new IndexStatistics
            {
                ArticleCount = reader.NumDocs,
                FirstDate = dates.First,
                LastDate = dates.Last,
                Years = facets.Years,
                Categories = facets.Categories,
                SizeBytes = size,
                CommitData = new Dictionary<string, string>(reader.IndexCommit.UserData),
            };
        }
        finally
        {
            _manager.Release(searcher);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        StopRefreshing();
        _results?.Dispose();
        _manager.Dispose();
        if (_ownsDirectory)
        {
            _directory.Dispose();
        }
    }

    /// <summary>
    /// <paramref name="request"/>, its query read as the Hà Nội place it names when it was typed without accents
    /// (<see cref="Places.PlaceDirectory.ReadingOf"/>; the interpretation says so, as <see cref="Restore"/> reads it).
    /// </summary>
    private static SearchRequest WithPlaceNameRead(SearchRequest request)
        => request.Query is { } query && Places.PlaceDirectory.Default.ReadingOf(query) is { } place
            // Its words only: a dash in a name (Văn Miếu - Quốc Tử Giám) is an operator in a query.
            ? request with { Query = string.Join(' ', Places.PlaceWords.Split(place).Select(w => w.Text)) }
            : request;

    /// <summary>
    /// <paramref name="request"/> with the Telex or VNI keystrokes of its query read (<c>daan vaanj</c> → dân vận): typed
    /// with the input method off, the query as typed would find nothing. Its interpretation, read from the query as
    /// typed, says what was searched for (<see cref="TypingHints"/>).
    /// </summary>
    private SearchRequest WithKeystrokesRead(IndexSearcher searcher, SearchRequest request)
    {
        if (request.Query is not { } query || !TypedText.TypedWithInputMethodOff(query))
        {
            return request;
        }
        var read = _typing.For(searcher.IndexReader).Restorer.ReadKeys(query);
        return string.Equals(read, query, StringComparison.Ordinal) ? request : request with { Query = read };
    }

    /// <summary>
    /// <paramref name="request"/> with each word typed without marks and its syllables together read apart where the
    /// archive writes them apart (<c>oto</c> → o to, <c>dongda</c> → dong da; <see cref="JoinedSyllables"/>): the index
    /// reads a word written so with its marks (<c>ôtô</c>) as its syllables, so the word whole would find nothing.
    /// </summary>
    private SearchRequest WithJoinedSyllablesRead(IndexSearcher searcher, SearchRequest request)
    {
        var apart = JoinedSyllables.ReadApart(_typing.For(searcher.IndexReader).Restorer.Model, request.Query);
        return ReferenceEquals(apart, request.Query) ? request : request with { Query = apart };
    }

    /// <summary>
    /// Runs <paramref name="built"/>, and its wider form instead when it requires a short query's pairs and fewer than
    /// <see cref="ArticleSearcherOptions.ShortQueryMinHits"/> articles hold them: what a search finds and what a
    /// suggestion is counted by. <c>Narrowed</c>: every article found holds the pairs.
    /// </summary>
    private (T Result, bool Narrowed) RunRequiringPairs<T>(BuiltQuery built, Func<Query, T> run, Func<T, int> total)
    {
        var result = run(built.Query);
        // Too few articles hold the words together: those ones first, then those that hold them apart.
        return built.Wider is null ? (result, false)
            : total(result) < Options.ShortQueryMinHits ? (run(built.Wider), false)
            : (result, true);
    }

    /// <summary>
    /// What the query was read as (when it was typed without some accents) and a close reading that finds much more
    /// (when it finds little): <see cref="SearchResults.Interpretation"/>, <see cref="SearchResults.Suggestion"/>.
    /// </summary>
    private (string? Interpretation, string? Suggestion) TypingHints(IndexSearcher searcher, SearchRequest request, int total)
    {
        var (restorer, _) = _typing.For(searcher.IndexReader);
        // Close readings of the query as searched: syllables typed together already read apart.
        var restored = restorer.Restore(request.Query, out var searched);
        var interpretation = restored.Changed ? restored.Reading : null;
        foreach (var candidate in QuerySuggestions.Candidates(restorer, searched, findsLittle: total <= QuerySuggestions.FewHits))
        {
            var built = _queryBuilder.Build(request with { Query = candidate });
            if (built.MatchesNothing)
            {
                continue;
            }
            var (found, _) = RunRequiringPairs(built, query => Count(searcher, query, DateFilter(built.From, built.To)), count => count);
            if (QuerySuggestions.FindsMuchMore(found, total))
            {
                return (interpretation, candidate);
            }
        }
        return (interpretation, null);
    }

    /// <summary>How many articles <paramref name="query"/> matches in <paramref name="searcher"/>'s view, within <paramref name="filter"/> if any.</summary>
    private static int Count(IndexSearcher searcher, Query query, Filter? filter)
    {
        var counter = new TotalHitCountCollector();
        searcher.Search(query, filter, counter);
        return counter.TotalHits;
    }

    /// <summary><paramref name="hits"/>, each without a headline given the one its address spells (<see cref="SearchHit.TitleFromUrl"/>).</summary>
    private List<SearchHit> WithAddressHeadlines(IndexSearcher searcher, IReadOnlyList<SearchHit> hits)
        => [.. hits.Select(h => WithAddressHeadline(searcher, h))];

    private SearchHit WithAddressHeadline(IndexSearcher searcher, SearchHit hit)
    {
        if (hit.Title.Length > 0 || AddressHeadline.Words(hit.Url) is null)
        {
            return hit;
        }
        var found = searcher.Search(new TermQuery(new Term(ArticleFields.Id, hit.Id)), 1).ScoreDocs;
        return found.Length == 0 ? hit : hit with { TitleFromUrl = TitleFromUrl(searcher, found[0].Doc, hit.Url, null) };
    }

    /// <summary>
    /// The headline the address <paramref name="url"/> of document <paramref name="doc"/> spells, read against the
    /// article's <paramref name="text"/> (its lead and text; read from the index when null); null when it spells none.
    /// </summary>
    private string? TitleFromUrl(IndexSearcher searcher, int doc, string? url, string? text)
    {
        if (AddressHeadline.Words(url) is null)
        {
            return null;
        }
        if (text is null)
        {
            var stored = searcher.Doc(doc, ArticleTextFields);
            text = ArticleText.Of(stored.Get(ArticleFields.Summary), stored.Get(ArticleFields.Body));
        }
        var restorer = _typing.For(searcher.IndexReader).Restorer;
        return AddressHeadline.Read(url, words => restorer.Restore(words).Reading, text);
    }

    /// <summary>The stored fields an untitled hit's headline is read against.</summary>
    private static readonly ISet<string> ArticleTextFields = new HashSet<string>(StringComparer.Ordinal) { ArticleFields.Summary, ArticleFields.Body };

    /// <summary>Stored fields a hit shows; the long text fields are read only for snippets.</summary>
    private static readonly ISet<string> HitFields = new HashSet<string>(StringComparer.Ordinal)
    {
        ArticleFields.Id, ArticleFields.Title, ArticleFields.Date, ArticleFields.Category, ArticleFields.Author, ArticleFields.Url, ArticleFields.Path,
    };

    private static readonly ISet<string> HitFieldsWithText = new HashSet<string>(HitFields, StringComparer.Ordinal) { ArticleFields.Summary, ArticleFields.Body };

    private static readonly Sort DateSort = new(new SortField(ArticleFields.DateNumber, SortFieldType.INT32, reverse: true), SortField.FIELD_SCORE);

    private static FieldCacheRangeFilter<int?>? DateFilter(DateOnly? from, DateOnly? to)
    {
        if (from is null && to is null)
        {
            return null;
        }
        // Articles without a date read as 0 and fall outside every range.
        var low = from is { } f ? DateKey.Of(f) : 1;
        var high = to is { } t ? DateKey.Of(t) : int.MaxValue;
        return FieldCacheRangeFilter.NewInt32Range(ArticleFields.DateNumber, low, high, true, true);
    }

    /// <summary>The id of a document from the per-segment cache of the id terms, without reading its stored fields.</summary>
    private static string IdOf(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var ids = FieldCache.DEFAULT.GetTerms(leaf.AtomicReader, ArticleFields.Id, false);
        var bytes = new BytesRef();
        ids.Get(doc - leaf.DocBase, bytes);
        return bytes.Utf8ToString();
    }

    /// <summary>The hit for <paramref name="article"/> with its snippet and the words of its headline marked.</summary>
    private static SearchHit MarkedHit(Article article, float score, HighlightTerms keys)
    {
        var headline = SnippetBuilder.Marks(article.Title, keys);
        return SearchHit.Of(article, score, SnippetBuilder.Build(ArticleText.Of(article), keys, headlineHoldsMatch: headline.Count > 0)) with
        {
            TitleHighlights = headline,
        };
    }

    private static SearchResults Empty(SearchRequest request, IReadOnlyList<string> warnings) => new()
    {
        Total = 0,
        Hits = [],
        Page = request.Page,
        PageSize = request.PageSize,
        Years = [],
        Categories = [],
        Warnings = warnings,
    };

    private sealed class BM25SearcherFactory(Similarity similarity) : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = similarity };
    }

    /// <summary>The earliest and latest publication date among collected documents.</summary>
    private sealed class DateRangeCollector : ICollector
    {
        private NumericDocValues? _dates;
        private IBits? _hasDate;
        private int _min = int.MaxValue;
        private int _max = int.MinValue;

        public DateOnly? First => _min == int.MaxValue ? null : DateKey.ToDate(_min);

        public DateOnly? Last => _max == int.MinValue ? null : DateKey.ToDate(_max);

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context)
        {
            _dates = context.AtomicReader.GetNumericDocValues(ArticleFields.DateNumber);
            _hasDate = _dates is null ? null : context.AtomicReader.GetDocsWithField(ArticleFields.DateNumber);
        }

        public void Collect(int doc)
        {
            if (_dates is not null && _hasDate is not null && _hasDate.Get(doc))
            {
                var value = (int)_dates.Get(doc);
                _min = Math.Min(_min, value);
                _max = Math.Max(_max, value);
            }
        }
    }
}

/// <summary>What an index holds, for <c>dongda-search stats</c> and health pages.</summary>
public sealed record IndexStatistics
{
    /// <summary>Articles in the index.</summary>
    public required int ArticleCount { get; init; }

    /// <summary>Earliest publication date, if any article has one.</summary>
    public DateOnly? FirstDate { get; init; }

    /// <summary>Latest publication date.</summary>
    public DateOnly? LastDate { get; init; }

    /// <summary>Articles per year, newest first.</summary>
    public required IReadOnlyList<FacetCount> Years { get; init; }

    /// <summary>Articles per category, most first.</summary>
    public required IReadOnlyList<FacetCount> Categories { get; init; }

    /// <summary>Bytes on disk (or in memory) of the index files.</summary>
    public required long SizeBytes { get; init; }

    /// <summary>The last commit's user data: schema version, analyzer version, and whatever else the indexer recorded.</summary>
    public required IReadOnlyDictionary<string, string> CommitData { get; init; }
}
