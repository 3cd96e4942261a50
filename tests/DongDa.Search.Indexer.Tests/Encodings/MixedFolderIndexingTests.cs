using DongDa.Search.Analyzers;
using DongDa.Search.Encodings.Legacy;
using DongDa.Search.Encodings.Tests;
using DongDa.Search.Schema;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace DongDa.Search.Indexer.Tests.Encodings;

/// <summary>
/// A folder holding the seed article in every encoding, read through the detector into a Lucene index keyed by
/// the Vietnamese analyzer: a search for a word finds every copy.
/// </summary>
public sealed class MixedFolderIndexingTests : IDisposable
{
    private static readonly string[] OneFileEach = ["tcvn3", "vni", "viqr", "viscii", "windows-1258"];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dongda-mixed-" + Guid.NewGuid().ToString("N"));

    public MixedFolderIndexingTests() => System.IO.Directory.CreateDirectory(_folder);

    public void Dispose() => System.IO.Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("dân vận")]
    [InlineData("Đống Đa")]
    [InlineData("quan uy")] // without diacritics
    [InlineData("Nhân dân")]
    public void Search_FolderOfMixedEncodings_FindsTheArticleInEveryEncoding(string query)
    {
        var files = MixedSet.Build([("seed", EncodingTestData.SeedArticle)], []).ToList();
        foreach (var file in files)
        {
            File.WriteAllBytes(Path.Combine(_folder, file.Label + ".txt"), file.Bytes);
        }

        using var directory = new RAMDirectory();
        var perEncoding = new Dictionary<string, int>();
        using (var analyzer = new VietnameseAnalyzer())
        using (var writer = new IndexWriter(directory, ArticleIndexWriter.CreateConfig(OpenMode.CREATE_OR_APPEND, analyzer: analyzer)))
        {
            foreach (var path in System.IO.Directory.GetFiles(_folder).Order(StringComparer.Ordinal))
            {
                var detection = LegacyEncodingDetector.Detect(File.ReadAllBytes(path));
                perEncoding[detection.EncodingName] = perEncoding.GetValueOrDefault(detection.EncodingName) + 1;
                writer.AddDocument(
                [
                    new StringField("file", Path.GetFileName(path), Field.Store.YES),
                    new TextField("body", detection.Text, Field.Store.NO),
                ]);
            }
        }
        // The index summary: files per detected encoding.
        Assert.Equal(3, perEncoding["utf-8"] + perEncoding["utf-16"]);
        Assert.Equal(2, perEncoding["mojibake"]);
        Assert.All(OneFileEach, name => Assert.Equal(1, perEncoding[name]));

        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        var phrase = new PhraseQuery();
        using (var queryAnalyzer = new VietnameseAnalyzer(VietnameseAnalyzerMode.Query))
        using (var stream = queryAnalyzer.GetTokenStream("body", query))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                phrase.Add(new Term("body", term.ToString()));
            }
            stream.End();
        }
        var hits = searcher.Search(phrase, 100).ScoreDocs.Select(d => searcher.Doc(d.Doc).Get("file")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files.Select(f => f.Label + ".txt").Order(StringComparer.Ordinal), hits);
    }

    [Fact]
    public void Index_FolderOfMixedEncodings_CountsFilesPerDetectedEncodingAndFindsEveryCopy()
    {
        var files = MixedSet.Build([("seed", EncodingTestData.SeedArticle)], []).ToList();
        foreach (var file in files)
        {
            File.WriteAllBytes(Path.Combine(_folder, file.Label + ".txt"), file.Bytes);
        }
        var index = Path.Combine(_folder, "..", Path.GetFileName(_folder) + "-index");
        try
        {
            var report = TestArticles.Index(index, null, _folder);

            Assert.Equal(files.Count, report.Added);
            Assert.Equal(
                new Dictionary<string, int>
                {
                    ["utf-8"] = 2,
                    ["utf-16le"] = 1,
                    ["mojibake"] = 2,
                    ["tcvn3"] = 1,
                    ["vni"] = 1,
                    ["viqr"] = 1,
                    ["viscii"] = 1,
                    ["windows-1258"] = 1,
                },
                report.Encodings);
            using var directory = FSDirectory.Open(index);
            using var reader = DirectoryReader.Open(directory);
            var searcher = new IndexSearcher(reader);
            Assert.Equal(files.Count, searcher.Search(new TermQuery(new Term(ArticleFields.Body, "vận")), 100).TotalHits);
            Assert.Equal(files.Count, searcher.Search(new TermQuery(new Term(ArticleFields.Title, "đống")), 100).TotalHits);
        }
        finally
        {
            System.IO.Directory.Delete(index, recursive: true);
        }
    }
}
