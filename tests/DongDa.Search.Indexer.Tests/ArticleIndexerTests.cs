using System.IO.Compression;
using System.Text;
using DongDa.Search.Analyzers;
using DongDa.Search.Schema;
using DongDa.Search.Testing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace DongDa.Search.Indexer.Tests;

public class ArticleIndexerTests
{
    private const string JsonLines = """
        {"id":"t-1","source":"Thử nghiệm","url":"https://example.vn/1","title":"Phường Văn Chương họp dân","date":"2021-03-04","author":"Minh Thư","category":"Xã hội","summary":"Cuộc họp bàn về ngõ phố.","body":"Người dân góp ý sửa đường ngõ."}
        {"id":"t-2","source":"Thử nghiệm","title":"Giải chạy vì môi trường","date":"2022-09-10","category":"Thể thao","summary":"Hàng nghìn người tham gia.","body":"Giải chạy quanh hồ Đống Đa."}
        {"id":"t-3","title":"Bài không có ngày","date":"hôm qua","body":"Nội dung bài viết."}
        """;

    [Fact]
    public void Index_JsonLines_StoresEveryField()
    {
        using var temp = new TempFolder();
        var input = temp.Write("news.jsonl", JsonLines);

        var report = TestArticles.Index(temp.Sub("index"), null, input);

        Assert.Equal((3, 0), (report.Added, report.Failed));
        var stored = TestArticles.Read(temp.Sub("index"));
        var first = stored["t-1"];
        Assert.Equal("Phường Văn Chương họp dân", first.Title);
        Assert.Equal(new DateOnly(2021, 3, 4), first.Date);
        Assert.Equal("Minh Thư", first.Author);
        Assert.Equal("Xã hội", first.Category);
        Assert.Equal("Cuộc họp bàn về ngõ phố.", first.Summary);
        Assert.Equal("Người dân góp ý sửa đường ngõ.", first.Body);
        Assert.Equal("https://example.vn/1", first.Url);
        Assert.Equal("Thử nghiệm", first.Source);
        Assert.Equal("news.jsonl", first.Path);
    }

    [Fact]
    public void Index_UnparseableJsonDate_IndexesTheArticleWithAWarningOnItsLine()
    {
        using var temp = new TempFolder();
        var input = temp.Write("news.jsonl", JsonLines);

        var report = TestArticles.Index(temp.Sub("index"), null, input);

        var warning = Assert.Single(report.Warnings);
        Assert.Equal(3, warning.Line);
        Assert.Contains("unparseable date", warning.Reason);
        Assert.Null(TestArticles.Read(temp.Sub("index"))["t-3"].Date);
    }

    [Fact]
    public void Index_GzippedJsonLines_ReadsLikePlain()
    {
        using var temp = new TempFolder();
        using (var gz = new GZipStream(File.Create(temp.Sub("news.jsonl.gz")), CompressionLevel.Fastest))
        {
            gz.Write(Encoding.UTF8.GetBytes(JsonLines));
        }

        var report = TestArticles.Index(temp.Sub("index"), null, temp.Sub("news.jsonl.gz"));

        Assert.Equal((3, 0), (report.Added, report.Failed));
        Assert.Equal(["t-1", "t-2", "t-3"], TestArticles.Read(temp.Sub("index")).Keys.Order());
    }

    [Fact]
    public void Index_TruncatedJsonLine_FailsThatLineOnlyWithItsNumber()
    {
        using var temp = new TempFolder();
        var lines = JsonLines.Split('\n');
        var input = temp.Write("news.jsonl", string.Join("\n", lines[0], lines[1][..60], lines[2]));

        var report = TestArticles.Index(temp.Sub("index"), null, input);

        Assert.Equal(2, report.Added);
        var error = Assert.Single(report.Errors);
        Assert.Equal((input, 2), (error.Path, error.Line));
        Assert.Contains("malformed JSON", error.Reason);
        Assert.Equal(["t-1", "t-3"], TestArticles.Read(temp.Sub("index")).Keys.Order());
    }

    [Fact]
    public void Index_SecondRunOverSameInput_ChangesNothing()
    {
        using var temp = new TempFolder();
        temp.Write("in/a.txt", TestArticles.Portal("Bài A"));
        temp.Write("in/sub/b.txt", TestArticles.Portal("Bài B"));
        TestArticles.Index(temp.Sub("index"), null, temp.Sub("in"));
        var commitsBefore = DirectoryReader.ListCommits(FSDirectory.Open(temp.Sub("index"))).Count;

        var report = TestArticles.Index(temp.Sub("index"), null, temp.Sub("in"));

        Assert.Equal((0, 0, 2, 0, 0), (report.Added, report.Updated, report.Unchanged, report.Deleted, report.Failed));
        Assert.Equal(commitsBefore, DirectoryReader.ListCommits(FSDirectory.Open(temp.Sub("index"))).Count);
        Assert.Equal(["a.txt", "sub/b.txt"], TestArticles.Read(temp.Sub("index")).Keys.Order());
    }

    [Fact]
    public void Index_ChangedFile_IsUpdatedInPlace()
    {
        using var temp = new TempFolder();
        temp.Write("in/a.txt", TestArticles.Portal("Bài A"));
        temp.Write("in/b.txt", TestArticles.Portal("Bài B"));
        TestArticles.Index(temp.Sub("index"), null, temp.Sub("in"));
        temp.Write("in/a.txt", TestArticles.Portal("Bài A đã sửa"));

        var report = TestArticles.Index(temp.Sub("index"), null, temp.Sub("in"));

        Assert.Equal((0, 1, 1), (report.Added, report.Updated, report.Unchanged));
        var stored = TestArticles.Read(temp.Sub("index"));
        Assert.Equal(2, stored.Count);
        Assert.Equal("Bài A đã sửa", stored["a.txt"].Title);
    }

    [Fact]
    public void Index_Prune_DeletesArticlesWhoseFilesAreGone()
    {
        using var temp = new TempFolder();
        temp.Write("in/a.txt", TestArticles.Portal("Bài A"));
        var gone = temp.Write("in/b.txt", TestArticles.Portal("Bài B"));
        TestArticles.Index(temp.Sub("index"), null, temp.Sub("in"));
        File.Delete(gone);

        var withoutPrune = TestArticles.Index(temp.Sub("index"), null, temp.Sub("in"));
        var withPrune = TestArticles.Index(temp.Sub("index"), new ArticleIndexOptions { Prune = true }, temp.Sub("in"));

        Assert.Equal(0, withoutPrune.Deleted);
        Assert.Equal(1, withPrune.Deleted);
        Assert.Equal(["a.txt"], TestArticles.Read(temp.Sub("index")).Keys);
    }

    [Fact]
    public void Index_PruneWithAMissingInput_DeletesNothing()
    {
        using var temp = new TempFolder();
        temp.Write("in/a.txt", TestArticles.Portal("Bài A"));
        TestArticles.Index(temp.Sub("index"), null, temp.Sub("in"));

        var report = TestArticles.Index(temp.Sub("index"), new ArticleIndexOptions { Prune = true }, temp.Sub("typo"));

        Assert.Equal((0, 1), (report.Deleted, report.Failed));
        Assert.Single(TestArticles.Read(temp.Sub("index")));
    }

    [Fact]
    public void Index_BadInputs_EachFailWithOneReasonAndTheRestIsIndexed()
    {
        using var temp = new TempFolder();
        temp.Write("in/good.txt", TestArticles.Portal("Bài tốt"));
        temp.Write("in/empty.txt", []);
        temp.Write("in/image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 1, 2, 3]);
        using (var big = File.Create(temp.Sub("in/huge.txt")))
        {
            // Text at the start (what format detection reads), the rest a sparse hole: 100 MB on disk in no time.
            big.Write(Encoding.UTF8.GetBytes(TestArticles.Portal("Bài rất dài", body: string.Join("\n\n", Enumerable.Repeat("Một đoạn văn dài.", 500)))));
            big.SetLength(100L * 1024 * 1024);
        }

        var report = TestArticles.Index(temp.Sub("index"), null, temp.Sub("in"));

        Assert.Equal(1, report.Added);
        Assert.Equal(3, report.Failed);
        Assert.Collection(report.Errors,
            e => Assert.Equal((Path.Combine(temp.Sub("in"), "empty.txt"), "empty file"), (e.Path, e.Reason)),
            e => Assert.Contains("larger than the 16 MB limit", e.Reason),
            e => Assert.Contains("binary file", e.Reason));
        Assert.All(report.Errors, e => Assert.Null(e.Line));
    }

    [UnixNonRootFact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Index_UnreadableFile_FailsWithPermissionDenied()
    {
        using var temp = new TempFolder();
        temp.Write("in/good.txt", TestArticles.Portal("Bài tốt"));
        var locked = temp.Write("in/locked.txt", TestArticles.Portal("Bài khoá"));
        File.SetUnixFileMode(locked, UnixFileMode.None);

        var report = TestArticles.Index(temp.Sub("index"), null, temp.Sub("in"));

        Assert.Equal(1, report.Added);
        Assert.Equal("permission denied", Assert.Single(report.Errors).Reason);
    }

    [Fact]
    public void Index_FilesInSeveralEncodings_CountsFilesPerEncoding()
    {
        using var temp = new TempFolder();
        var text = TestArticles.Portal("Hội nghị HĐND quận");
        temp.Write("in/utf8.txt", text);
        temp.Write("in/utf16.txt", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)]);
        temp.Write("in/cp1258.txt", CodePages.Windows1258.GetBytes(CodePages.ToWindows1258Form(text)));

        var report = TestArticles.Index(temp.Sub("index"), null, temp.Sub("in"));

        Assert.Equal(3, report.Added);
        Assert.Equal(new Dictionary<string, int> { ["utf-16le"] = 1, ["utf-8"] = 1, ["windows-1258"] = 1 }, report.Encodings);
        Assert.All(TestArticles.Read(temp.Sub("index")).Values, a => Assert.Equal("Hội nghị HĐND quận", a.Title));
    }

    [Fact]
    public void Index_HtmlPageAndPortalTextInOneFolder_AreDetectedByContentAndExtension()
    {
        using var temp = new TempFolder();
        temp.Write("in/page.html", "<html><head><title>Hội diễn văn nghệ</title><meta property=\"og:url\" content=\"https://example.vn/hoi-dien\"></head>"
            + "<body><nav>Trang chủ</nav><article><h1>Hội diễn văn nghệ</h1><p>Các phường tham gia hội diễn.</p></article></body></html>");
        temp.Write("in/saved-page", "<!DOCTYPE html><html><body><article><h1>Không có đuôi tệp</h1><p>Nội dung.</p></article></body></html>");
        temp.Write("in/a.txt", TestArticles.Portal("Bài A"));

        var report = TestArticles.Index(temp.Sub("index"), null, temp.Sub("in"));

        Assert.Equal((3, 0), (report.Added, report.Failed));
        var stored = TestArticles.Read(temp.Sub("index"));
        Assert.Equal("Các phường tham gia hội diễn.", stored["https://example.vn/hoi-dien"].Body);
        Assert.Equal("page.html", stored["https://example.vn/hoi-dien"].Path);
        Assert.Equal("Không có đuôi tệp", stored["saved-page"].Title);
    }

    [Fact]
    public void Index_ForcedEncoding_ReadsEveryFileInIt()
    {
        using var temp = new TempFolder();
        var text = TestArticles.Portal("Thuỷ triều đỏ");
        var input = temp.Write("in/a.txt", CodePages.Windows1258.GetBytes(CodePages.ToWindows1258Form(text)));

        var report = TestArticles.Index(temp.Sub("index"), new ArticleIndexOptions { ForcedEncoding = "windows-1258" }, input);

        Assert.Equal(new Dictionary<string, int> { ["windows-1258"] = 1 }, report.Encodings);
        Assert.Equal("Thuỷ triều đỏ", TestArticles.Read(temp.Sub("index"))["a.txt"].Title);
    }

    [Fact]
    public void Open_UnknownForcedEncoding_Throws()
    {
        using var temp = new TempFolder();
        Assert.Throws<ArgumentException>(() => ArticleIndexer.Open(temp.Sub("index"), new ArticleIndexOptions { ForcedEncoding = "klingon-8" }));
    }

    [Fact]
    public void Index_DuplicateIdInOneRun_KeepsTheFirstAndWarns()
    {
        using var temp = new TempFolder();
        var input = temp.Write("news.jsonl", "{\"id\":\"x\",\"title\":\"Một\"}\n{\"id\":\"x\",\"title\":\"Hai\"}\n");

        var report = TestArticles.Index(temp.Sub("index"), new ArticleIndexOptions { MaxDegreeOfParallelism = 1 }, input);

        Assert.Equal(1, report.Added);
        Assert.Contains("duplicate id 'x'", Assert.Single(report.Warnings).Reason);
        Assert.Equal("Một", TestArticles.Read(temp.Sub("index"))["x"].Title);
    }

    [Fact]
    public void Index_IndexFolderInsideTheInput_IsNotReadAsArticles()
    {
        using var temp = new TempFolder();
        temp.Write("a.txt", TestArticles.Portal("Bài A"));
        TestArticles.Index(temp.Sub("index"), null, temp.Path);

        var report = TestArticles.Index(temp.Sub("index"), null, temp.Path);

        Assert.Equal((1, 0), (report.Unchanged, report.Failed));
    }

    [Fact]
    public void Index_Schema_MakesTextSearchableWithAndWithoutAccentsAndExactValuesFilterable()
    {
        using var temp = new TempFolder();
        TestArticles.Index(temp.Sub("index"), null, temp.Write("news.jsonl", JsonLines));
        using var directory = FSDirectory.Open(temp.Sub("index"));
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);

        Assert.Equal(1, searcher.Search(new TermQuery(new Term(ArticleFields.Title, "chương")), 10).TotalHits);
        Assert.Equal(1, searcher.Search(new TermQuery(new Term(ArticleFields.Title, "chuong")), 10).TotalHits);
        Assert.Equal(1, searcher.Search(new TermQuery(new Term(ArticleFields.CategoryKey, VietnameseText.FilterKey("Thể thao"))), 10).TotalHits);
        Assert.Equal(1, searcher.Search(new TermQuery(new Term(ArticleFields.AuthorKey, "minh thu")), 10).TotalHits);
        Assert.Equal(1, searcher.Search(new MatchAllDocsQuery(), FieldCacheRangeFilter.NewInt32Range(ArticleFields.DateNumber, 20220101, 20221231, true, true), 10).TotalHits);
        var byDate = searcher.Search(new MatchAllDocsQuery(), null, 10, new Sort(new SortField(ArticleFields.DateNumber, SortFieldType.INT32, true)));
        Assert.Equal("t-2", searcher.Doc(byDate.ScoreDocs[0].Doc).Get(ArticleFields.Id));
    }

    [Fact]
    public void Index_TitlesNotIndexed_StoresTitleButDoesNotMatchIt()
    {
        using var temp = new TempFolder();
        TestArticles.Index(temp.Sub("index"), new ArticleIndexOptions { IndexTitles = false }, temp.Write("news.jsonl", JsonLines));
        using var directory = FSDirectory.Open(temp.Sub("index"));
        using var reader = DirectoryReader.Open(directory);

        Assert.Equal(0, new IndexSearcher(reader).Search(new TermQuery(new Term(ArticleFields.Title, "chuong")), 10).TotalHits);
        Assert.Equal("Phường Văn Chương họp dân", TestArticles.Read(temp.Sub("index"))["t-1"].Title);
    }

    [Fact]
    public void Open_IndexOfAnotherSchemaVersion_IsRefusedWithRebuildAdvice()
    {
        using var temp = new TempFolder();
        TestArticles.Index(temp.Sub("index"), null, temp.Write("a.txt", TestArticles.Portal("Bài A")));
        using (var directory = FSDirectory.Open(temp.Sub("index")))
        using (var writer = new IndexWriter(directory, ArticleIndexWriter.CreateConfig(OpenMode.CREATE_OR_APPEND)))
        {
            writer.SetCommitData(new Dictionary<string, string> { [IndexCompatibility.SchemaKey] = "dongda-schema-0" });
            writer.DeleteAll();
            writer.Commit();
        }

        var e = Assert.Throws<IncompatibleIndexException>(() => ArticleIndexer.Open(temp.Sub("index")));

        Assert.Contains("dongda-schema-0", e.Message);
        Assert.Contains("rebuild", e.Message);
    }

    [Fact]
    public void Open_FolderWithAFirstCommitCutShortByACrash_StartsAFreshIndex()
    {
        using var temp = new TempFolder();
        temp.Write("index/segments_1", [0x3F, 0xD7]);
        temp.Write("index/write.lock", []);

        var report = TestArticles.Index(temp.Sub("index"), null, temp.Write("a.txt", TestArticles.Portal("Bài A")));

        Assert.Equal((1, 0), (report.Added, report.Failed));
        Assert.Single(TestArticles.Read(temp.Sub("index")));
    }

    [Fact]
    public void Open_NewFolder_CommitsAnEmptyReadableIndexAtOnce()
    {
        using var temp = new TempFolder();

        using var indexer = ArticleIndexer.Open(temp.Sub("index"));

        Assert.Empty(TestArticles.Read(temp.Sub("index")));
    }

    [Fact]
    public void Open_NonEmptyFolderWithoutIndex_IsRefused()
    {
        using var temp = new TempFolder();
        temp.Write("index/notes.txt", "không phải chỉ mục");

        Assert.Throws<IOException>(() => ArticleIndexer.Open(temp.Sub("index")));
    }

    [Fact]
    public void Index_BundledCorpus_IndexesEveryArticleWithoutWarnings()
    {
        using var temp = new TempFolder();

        var report = TestArticles.Index(temp.Sub("index"), null, Path.Combine(TestPaths.Corpus, "articles"));

        Assert.Equal(0, report.Failed);
        Assert.Empty(report.Warnings);
        Assert.Equal(System.IO.Directory.GetFiles(Path.Combine(TestPaths.Corpus, "articles")).Length, report.Added);
        Assert.All(TestArticles.Read(temp.Sub("index")).Values, a =>
        {
            Assert.NotNull(a.Date);
            Assert.NotNull(a.Author);
            Assert.NotNull(a.Category);
            Assert.NotEmpty(a.Title);
        });
    }
}
