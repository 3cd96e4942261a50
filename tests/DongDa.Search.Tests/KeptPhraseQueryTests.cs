using System.Globalization;
using DongDa.Search.Querying;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DongDa.Search.Tests;

/// <summary>A kept phrase finds and scores what Lucene's phrase query does, the first time and every time after.</summary>
public class KeptPhraseQueryTests
{
    private const string Text = "text";

    private static readonly string[] Syllables = ["thành", "phố", "hồ", "chí", "minh", "việt", "nam", "ủy", "ban", "nhân", "dân", "và", "của"];

    private static readonly string[][] Phrases =
    [
        ["thành", "phố", "hồ", "chí", "minh"],
        ["việt", "nam"],
        ["ủy", "ban", "nhân", "dân"],
        ["hồ", "hồ"],
        ["nam", "và", "của"],
    ];

    [Fact]
    public void Search_FirstAndSecondTime_SameArticlesAndScoresAsThePhraseQuery()
    {
        using var reader = DirectoryReader.Open(Archive(out _));
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };

        foreach (var words in Phrases)
        {
            var expected = Describe(searcher.Search(Plain(words, 1.5f), 1000));
            var first = Describe(searcher.Search(new KeptPhraseQuery(Text, words) { Boost = 1.5f }, 1000));
            var second = Describe(searcher.Search(new KeptPhraseQuery(Text, words) { Boost = 1.5f }, 1000));

            Assert.NotEmpty(expected);
            Assert.Equal(expected, first);
            Assert.Equal(expected, second);
        }
    }

    [Fact]
    public void Search_InsideABoostedDisjunctionAndUnderAFilter_SameAsThePhraseQuery()
    {
        using var reader = DirectoryReader.Open(Archive(out _));
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var filter = new FieldCacheTermsFilter("id", [.. Enumerable.Range(0, 1000).Select(i => (3 * i).ToString(CultureInfo.InvariantCulture))]);

        foreach (var words in Phrases)
        {
            var expected = searcher.Search(new BooleanQuery { { Plain(words, 2f), Occur.SHOULD }, { new TermQuery(new Term(Text, "dân")), Occur.SHOULD } }.Boosted(0.5f), filter, 1000);
            var actual = searcher.Search(new BooleanQuery { { new KeptPhraseQuery(Text, words) { Boost = 2f }, Occur.SHOULD }, { new TermQuery(new Term(Text, "dân")), Occur.SHOULD } }.Boosted(0.5f), filter, 1000);

            Assert.Equal(Describe(expected), Describe(actual));
        }
    }

    [Fact]
    public void Search_AfterArticlesAreDeleted_KeptMatchesSkipThem()
    {
        var directory = Archive(out var holding);
        var words = Phrases[0];
        using (var before = DirectoryReader.Open(directory))
        {
            var searcher = new IndexSearcher(before) { Similarity = new BM25Similarity() };
            Assert.Contains(holding, Ids(searcher, searcher.Search(new KeptPhraseQuery(Text, words), 1000)));
        }
        using (var writer = new IndexWriter(directory, Config()))
        {
            writer.DeleteDocuments(new Term("id", holding));
            writer.Commit();
        }

        using var after = DirectoryReader.Open(directory);
        var afterSearcher = new IndexSearcher(after) { Similarity = new BM25Similarity() };
        var expected = Describe(afterSearcher.Search(Plain(words, 1f), 1000));
        var actual = afterSearcher.Search(new KeptPhraseQuery(Text, words), 1000);

        Assert.DoesNotContain(holding, Ids(afterSearcher, actual));
        Assert.Equal(expected, Describe(actual));
    }

    [Fact]
    public void Explain_AMatchingArticle_GivesItsScore()
    {
        using var reader = DirectoryReader.Open(Archive(out _));
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        var query = new KeptPhraseQuery(Text, Phrases[1]) { Boost = 2f };

        var best = searcher.Search(query, 1).ScoreDocs[0];

        Assert.Equal(best.Score, searcher.Explain(query, best.Doc).Value, 5);
        Assert.True(searcher.Explain(query, best.Doc).IsMatch);
    }

    [Fact]
    public void ToString_ReadsAsAPhrase()
        => Assert.Equal("text:\"việt nam\"^2.0", new KeptPhraseQuery(Text, ["việt", "nam"]) { Boost = 2f }.ToString());

    private static PhraseQuery Plain(string[] words, float boost)
    {
        var phrase = new PhraseQuery { Boost = boost };
        foreach (var word in words)
        {
            phrase.Add(new Term(Text, word));
        }
        return phrase;
    }

    private static List<string> Describe(TopDocs top) => [.. top.ScoreDocs.Select(d => $"{d.Doc}:{d.Score:R}")];

    private static List<string> Ids(IndexSearcher searcher, TopDocs top) => [.. top.ScoreDocs.Select(d => searcher.Doc(d.Doc).Get("id"))];

    private static IndexWriterConfig Config() => new(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))
    {
        Similarity = new BM25Similarity(),
        MergePolicy = NoMergePolicy.COMPOUND_FILES,
    };

    /// <summary>Three segments of short generated texts, some deleted; <paramref name="holding"/> is an article that holds the first phrase.</summary>
    private static RAMDirectory Archive(out string holding)
    {
        var directory = new RAMDirectory();
        var random = new Random(20261202);
        holding = "";
        using var writer = new IndexWriter(directory, Config());
        for (var i = 0; i < 3000; i++)
        {
            var words = Enumerable.Range(0, random.Next(4, 40)).Select(_ => Syllables[random.Next(Syllables.Length)]).ToList();
            if (i % 50 == 7)
            {
                words.InsertRange(random.Next(words.Count), Phrases[0]);
            }
            var id = i.ToString(CultureInfo.InvariantCulture);
            writer.AddDocument(new Document
            {
                new StringField("id", id, Field.Store.YES),
                new TextField(Text, string.Join(' ', words), Field.Store.NO),
            });
            if (i % 1000 == 999)
            {
                writer.Commit();
            }
            if (i % 37 == 0)
            {
                writer.DeleteDocuments(new Term("id", id));
            }
            else if (i % 50 == 7 && holding.Length == 0)
            {
                holding = id;
            }
        }
        writer.Commit();
        return directory;
    }
}

internal static class QueryBoost
{
    public static Query Boosted(this Query query, float boost)
    {
        query.Boost = boost;
        return query;
    }
}
