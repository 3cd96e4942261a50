using DongDa.Search.Analyzers;
using DongDa.Search.Schema;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DongDa.Search.Related;

/// <summary>
/// Finds the articles most like one article: the article's own distinctive words, chosen as Lucene's MoreLikeThis would (as the
/// query analyzer keys them: exact where written with accents) and its distinctive syllable pairs (the index's
/// <see cref="ArticleFields.Pairs"/> keys: <c>dan van</c> is one term, as rare as the word it spells), then each story
/// once: candidates repeating the article's story or a higher hit's go to <see cref="RelatedArticles.Duplicates"/>.
/// </summary>
internal static class RelatedArticleFinder
{
    /// <summary>
    /// Candidates ranked per hit shown (plus <see cref="ExtraCandidates"/>): enough for the section preference to reorder
    /// and for set-aside copies of a story not to shorten the list; only their doc values are read until chosen.
    /// </summary>
    private const int CandidatesPerHit = 4;

    /// <summary>Candidates ranked beyond <see cref="CandidatesPerHit"/> per hit.</summary>
    private const int ExtraCandidates = 10;


    private static readonly Analyzer WordAnalyzer = new VietnameseAnalyzer(VietnameseAnalyzerMode.Query);
    private static readonly Analyzer PairAnalyzer = new SyllablePairAnalyzer();

    private static readonly ISet<string> StoredFields = new HashSet<string>(StringComparer.Ordinal)
    {
        ArticleFields.Id, ArticleFields.Title, ArticleFields.Date, ArticleFields.Category, ArticleFields.Author, ArticleFields.Url,
        ArticleFields.Path, ArticleFields.Summary, ArticleFields.Body,
    };

    /// <summary>Up to <paramref name="size"/> articles related to the article <paramref name="id"/>; null when the index has no such article.</summary>
    public static RelatedArticles? Find(IndexSearcher searcher, string id, int size, RelatedSettings? settings = null)
    {
        settings ??= RelatedSettings.Default;
        var found = searcher.Search(new TermQuery(new Term(ArticleFields.Id, id)), 1);
        if (found.ScoreDocs.Length == 0)
        {
            return null;
        }
        var source = ArticleDocuments.FromDocument(searcher.Doc(found.ScoreDocs[0].Doc, StoredFields));
        var query = LikeQuery(searcher.IndexReader, source, settings);
        var hits = new List<SearchHit>(size);
        var duplicates = new List<DuplicateHit>();
        if (query is null)
        {
            return new RelatedArticles { Id = id, Hits = hits, Duplicates = duplicates };
        }

        var stories = new List<(string Id, StoryShingles Story)> { (id, StoryShingles.Of(StoryText(source))) };
        // Ranked by score and section from doc values alone; stored text is read only for the candidates examined.
        var reader = searcher.IndexReader;
        var candidates = searcher.Search(query, (size * CandidatesPerHit) + ExtraCandidates).ScoreDocs
            .Select(d => (d.Doc, Score: (float.IsNaN(d.Score) ? 0f : d.Score) * (source.Category is not null && CategoryOf(reader, d.Doc) == source.Category ? settings.SameCategoryFactor : 1f)))
            .OrderByDescending(c => c.Score)
            .ToList();
        foreach (var (doc, score) in candidates)
        {
            if (hits.Count == size)
            {
                break;
            }
            var article = ArticleDocuments.FromDocument(searcher.Doc(doc, StoredFields));
            var story = StoryShingles.Of(StoryText(article));
            var hit = Hit(article, score);
            var repeats = stories.FirstOrDefault(s => s.Story.SameStoryAs(story));
            if (repeats.Id is not null)
            {
                duplicates.Add(new DuplicateHit(hit, repeats.Id));
                continue;
            }
            hits.Add(hit);
            stories.Add((article.Id, story));
        }
        return new RelatedArticles { Id = id, Hits = hits, Duplicates = duplicates };
    }

    /// <summary>The distinctive words and pairs of <paramref name="article"/>, any of which may match; the article itself excluded. Null when it has none.</summary>
    internal static Query? LikeQuery(IndexReader reader, Article article, RelatedSettings settings)
    {
        var text = article.Title + "\n" + StoryText(article);
        var query = new BooleanQuery(disableCoord: true);
        foreach (var (field, analyzer, weight) in new[] { (ArticleFields.Body, WordAnalyzer, 1f), (ArticleFields.Pairs, PairAnalyzer, settings.PairWeight) })
        {
            if (DistinctiveTerms.Query(reader, field, analyzer, text, settings.TermsPerKind, settings.MinTermFreq, settings.MinDocFreq, settings.MaxTokensRead) is { } terms)
            {
                terms.Boost = weight;
                query.Add(terms, Occur.SHOULD);
            }
        }
        if (query.Clauses.Count == 0)
        {
            return null;
        }
        query.Add(new TermQuery(new Term(ArticleFields.Id, article.Id)), Occur.MUST_NOT);
        return query;
    }

    /// <summary>The category of <paramref name="doc"/> from the segment's in-memory category slots; null when it has none.</summary>
    private static string? CategoryOf(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var values = SegmentFacetValues.Of(leaf.AtomicReader);
        var slot = values.CategorySlots[doc - leaf.DocBase];
        return slot == 0 ? null : values.CategoryNames[slot];
    }

    /// <summary>The first words of <paramref name="text"/>, up to <see cref="SnippetBuilder.PassageLength"/> characters, cut at a space.</summary>
    private static Snippet Opening(string text)
    {
        var line = text.AsSpan().Trim();
        var end = line.IndexOf('\n');
        line = end >= 0 ? line[..end] : line;
        if (line.Length <= SnippetBuilder.PassageLength)
        {
            return new Snippet(line.ToString(), []);
        }
        var cut = line[..SnippetBuilder.PassageLength].LastIndexOf(' ');
        return new Snippet(line[..(cut > 0 ? cut : SnippetBuilder.PassageLength)].ToString() + " …", []);
    }

    /// <summary>The report's own text: lead and body (a copy may carry another headline).</summary>
    private static string StoryText(Article article) => ArticleText.Of(article);

    /// <summary>A hit shaped as a search hit, its snippet the opening of the lead (no query words to mark).</summary>
    private static SearchHit Hit(Article article, float score) => SearchHit.Of(article, score, Opening(StoryText(article)));
}

/// <summary>How related articles are chosen (tuned on the development corpus with eval/run-related.sh).</summary>
/// <param name="TermsPerKind">Most distinctive terms taken from the article, for words and for pairs each.</param>
/// <param name="PairWeight">Weight of the pairs part against the words part (a pair is two words' evidence in one term).</param>
/// <param name="MinTermFreq">Times a term must occur in the article to count as distinctive.</param>
/// <param name="MinDocFreq">Articles a term must occur in (the article itself included) to be asked for: a term of
/// this article alone finds nothing else.</param>
/// <param name="MaxTokensRead">Tokens of the article read for its distinctive terms (per kind): the lead and the first
/// few hundred words say what a report is about, and a long report would otherwise cost a term lookup for each of
/// thousands of words.</param>
/// <param name="SameCategoryFactor">Score factor for a candidate in the article's own section, as a news page's own
/// "tin tức khác" lists its section's reports; 1 for none.</param>
internal sealed record RelatedSettings(int TermsPerKind, float PairWeight, int MinTermFreq, int MinDocFreq, int MaxTokensRead, float SameCategoryFactor)
{
    public static RelatedSettings Default { get; } = new(25, 1f, 1, 2, 1000, 1.5f);
}
