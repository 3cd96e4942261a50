using System.Text;
using DongDa.Search.Indexer;
using DongDa.Search.Schema;

namespace DongDa.Search.Tests;

public sealed class ArticleSearcherTests : IDisposable
{
    private readonly Lucene.Net.Store.RAMDirectory _directory = TestArticles.Index();
    private readonly ArticleSearcher _searcher;

    public ArticleSearcherTests()
    {
        _searcher = new ArticleSearcher(_directory);
    }

    public void Dispose()
    {
        _searcher.Dispose();
        _directory.Dispose();
    }

    private SearchResults Search(string query, Func<SearchRequest, SearchRequest>? adjust = null)
        => _searcher.Search((adjust ?? (r => r))(new SearchRequest { Query = query, PageSize = 20 }));

    private List<string> Ids(string query, Func<SearchRequest, SearchRequest>? adjust = null) => [.. Search(query, adjust).Hits.Select(h => h.Id)];

    public static TheoryData<string> SeedTitleVariants => new()
    {
        "Quận Đống Đa tăng cường, đổi mới trong công tác dân vận",
        "Quan Dong Da tang cuong, doi moi trong cong tac dan van",
        "Quận Dong Đa tang cường, doi mới trong cong tác dan vận",
        "Quận Đống Đa tăng cường, đổi mới trong công tác dân vận".Normalize(NormalizationForm.FormD),
        "QUẬN ĐỐNG ĐA TĂNG CƯỜNG, ĐỔI MỚI TRONG CÔNG TÁC DÂN VẬN",
    };

    [Theory]
    [MemberData(nameof(SeedTitleVariants))]
    public void Search_SeedTitleInAnySpelling_SeedFirst(string query)
        => Assert.Equal(TestArticles.SeedId, Ids(query)[0]);

    [Fact]
    public void Search_OtherToneStyle_SameScoresAsAccented()
    {
        var hoa = Search("công viên hòa bình");
        var hoaOld = Search("công viên hoà bình");
        Assert.Equal(hoa.Hits.Select(h => (h.Id, h.Score)), hoaOld.Hits.Select(h => (h.Id, h.Score)));
        Assert.Equal(TestArticles.PhraseAdjacent.Id, hoa.Hits[0].Id);
    }

    [Theory]
    [InlineData("tăng cuờng công tác dân vận")]
    [InlineData("tăng cưòng công tác dân vận")]
    public void Search_HornLeftOff_SameScoresAsWritten(string typed)
    {
        var written = Search("tăng cường công tác dân vận");
        var slipped = Search(typed);
        Assert.Equal(written.Hits.Select(h => (h.Id, h.Score)), slipped.Hits.Select(h => (h.Id, h.Score)));
        Assert.Equal(TestArticles.SeedId, slipped.Hits[0].Id);
    }

    [Fact]
    public void Search_Abbreviation_FindsLongFormAndBack()
    {
        Assert.Contains(TestArticles.UbndLongForm.Id, Ids("UBND"));
        Assert.Contains(TestArticles.UbndShortForm.Id, Ids("ủy ban nhân dân"));
        Assert.Contains(TestArticles.UbndShortForm.Id, Ids("uy ban nhan dan"));
        Assert.Contains(TestArticles.SeedId, Ids("hội đồng nhân dân"));
    }

    [Fact]
    public void Search_AdjacentWords_RankAboveScattered()
    {
        var ids = Ids("hòa bình");
        Assert.True(ids.IndexOf(TestArticles.PhraseAdjacent.Id) < ids.IndexOf(TestArticles.PhraseScattered.Id));
    }

    [Fact]
    public void Search_AccentedQuery_ExactAboveFolded()
    {
        var ids = Ids("công viên hòa bình");
        Assert.True(ids.IndexOf(TestArticles.PhraseAdjacent.Id) < ids.IndexOf(TestArticles.Unaccented.Id));
        Assert.Contains(TestArticles.Unaccented.Id, ids);
    }

    [Fact]
    public void Search_QuotedPhrase_OnlyAdjacent()
    {
        var ids = Ids("\"hòa bình\"");
        Assert.Contains(TestArticles.PhraseAdjacent.Id, ids);
        Assert.DoesNotContain(TestArticles.PhraseScattered.Id, ids);
    }

    [Fact]
    public void Search_ExclusionOrAndFieldFilters_Apply()
    {
        Assert.DoesNotContain(TestArticles.Football.Id, Ids("đống đa -bóng"));
        Assert.Contains(TestArticles.SeedId, Ids("đống đa -bóng"));
        var either = Ids("vô OR vệ");
        Assert.Contains(TestArticles.Football.Id, either);
        Assert.Contains(TestArticles.UbndShortForm.Id, either);
        Assert.Equal([TestArticles.Football.Id], Ids("đống đa category:\"the thao\""));
        Assert.Equal([TestArticles.Football.Id], Ids("đống đa", r => r with { Category = "Thể thao" }));
        // Newest first: Football (2021-04-20) before the long form (2019-05-10).
        Assert.Equal([TestArticles.Football.Id, TestArticles.UbndLongForm.Id], Ids("đống đa author:\"minh anh\"", r => r with { Sort = SearchSort.Date }));
        Assert.Equal([TestArticles.Football.Id], Ids("title:vô địch"));
    }

    [Fact]
    public void Search_DateRanges_FromRequestAndQuery()
    {
        Assert.Equal([TestArticles.UbndShortForm.Id], Ids("phường", r => r with { From = new DateOnly(2020, 1, 1), To = new DateOnly(2020, 12, 31) }));
        Assert.Equal([TestArticles.UbndShortForm.Id], Ids("phường date:2020"));
        Assert.DoesNotContain(TestArticles.Football.Id, Ids("phường date:..2020-12-31"));
    }

    [Fact]
    public void Search_SortByDate_NewestFirst()
    {
        var hits = Search("phường", r => r with { Sort = SearchSort.Date }).Hits;
        Assert.True(hits.Count >= 3);
        var dates = hits.Select(h => h.Date!.Value).ToList();
        Assert.Equal(dates.OrderByDescending(d => d), dates);
    }

    [Fact]
    public void Search_Paging_PagesAreDisjointAndTotalStable()
    {
        var first = Search("phường", r => r with { PageSize = 1, Page = 1 });
        var second = Search("phường", r => r with { PageSize = 1, Page = 2 });
        Assert.Equal(first.Total, second.Total);
        Assert.True(first.Total >= 2);
        Assert.NotEqual(first.Hits[0].Id, second.Hits[0].Id);
        Assert.Empty(Search("phường", r => r with { PageSize = 1, Page = 100 }).Hits);
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("dân AND OR vận")]
    [InlineData(")(")]
    [InlineData("-")]
    [InlineData("\"\"")]
    public void Search_MalformedQuery_NoThrowAndWarns(string query)
        => Assert.NotEmpty(Search(query).Warnings);

    [Fact]
    public void Search_UnbalancedQuote_StillFindsTheWords()
        => Assert.Equal(TestArticles.PhraseAdjacent.Id, Search("\"công viên hòa bình").Hits[0].Id);

    [Fact]
    public void Search_FoldedQuery_SnippetMarksAccentedOriginal()
    {
        var hit = Search("dan van kheo").Hits.First(h => h.Id == TestArticles.SeedId);
        var marked = hit.Snippet!.Highlights.Select(r => hit.Snippet.Text.Substring(r.Start, r.Length)).ToList();
        // The words stand together in the text: one span, as the author wrote it.
        Assert.Contains("Dân vận khéo", marked);
        Assert.Contains("«Dân vận khéo»", hit.Snippet.Format("«", "»"));
    }

    [Fact]
    public void Search_AbbreviationQuery_SnippetMarksLongForm()
    {
        var hit = Search("UBND").Hits.First(h => h.Id == TestArticles.UbndLongForm.Id);
        // The long form found whole: one span.
        Assert.Contains("«Ủy ban nhân dân»", hit.Snippet!.Format("«", "»"));
    }

    [Fact]
    public void Search_AccentedQuery_SnippetDoesNotMarkOtherAccents()
    {
        var hit = Search("nhân dân").Hits.First(h => h.Id == TestArticles.SeedId);
        var marked = hit.Snippet!.Highlights.Select(r => hit.Snippet.Text.Substring(r.Start, r.Length).ToLowerInvariant()).Distinct();
        Assert.All(marked, m => Assert.True(m is "nhân" or "dân" or "nhân dân", m));
        Assert.Contains("nhân dân", marked);
    }

    [Fact]
    public void Search_Facets_CountAllHitsByYearAndCategory()
    {
        var results = Search("phường", r => r with { PageSize = 1 });
        Assert.Equal(results.Total, results.Years.Sum(y => y.Count) + results.Hits.Count(h => h.Date is null));
        Assert.Contains(new FacetCount("2021", 1), results.Years);
        Assert.Contains(new FacetCount("Xã hội", 1), results.Categories);
        Assert.Contains(new FacetCount("Thể thao", 1), results.Categories);
    }

    [Fact]
    public void Search_PageSizeOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _searcher.Search(new SearchRequest { Query = "a", PageSize = SearchRequest.MaxPageSize + 1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => _searcher.Search(new SearchRequest { Query = "a", Page = 0 }));
    }

    [Fact]
    public void Search_WithoutDetails_SameRankingIdsOnly()
    {
        var full = Search("phường đống đa");
        var bare = Search("phường đống đa", r => r with { IncludeDetails = false });
        Assert.Equal(full.Hits.Select(h => (h.Id, h.Score)), bare.Hits.Select(h => (h.Id, h.Score)));
        Assert.All(bare.Hits, h => Assert.True(h.Title.Length == 0 && h.Date is null && h.Snippet is null));
    }

    [Fact]
    public void Constructor_IndexWithoutVersions_RefusedAsIncompatible()
    {
        using var directory = new Lucene.Net.Store.RAMDirectory();
        using (var writer = TestArticles.NewWriter(directory))
        {
            writer.AddDocument(ArticleDocuments.ToDocument(TestArticles.Football));
            writer.Commit();
        }
        Assert.Throws<IncompatibleIndexException>(() => new ArticleSearcher(directory));
    }

    [Fact]
    public void GetById_StoredArticle_RoundTrips()
    {
        Assert.Equal(TestArticles.Football, _searcher.GetById(TestArticles.Football.Id));
        Assert.Null(_searcher.GetById("nope"));
    }

    [Fact]
    public void GetStatistics_CountsArticlesDatesAndCategories()
    {
        var stats = _searcher.GetStatistics();
        Assert.Equal(TestArticles.All.Count, stats.ArticleCount);
        Assert.Equal(new DateOnly(2019, 5, 10), stats.FirstDate);
        Assert.Equal(new DateOnly(2021, 4, 20), stats.LastDate);
        Assert.Contains(new FacetCount("Xã hội", 3), stats.Categories);
    }

    [Fact]
    public async Task Search_ParallelQueriesWhileIndexing_NoFailuresAndNewArticlesVisibleAfterRefresh()
    {
        using var directory = TestArticles.Index();
        using var searcher = new ArticleSearcher(directory);
        using var writer = TestArticles.NewWriter(directory);
        var failures = 0;
        const int Added = 20;

        var indexing = Task.Run(() =>
        {
            for (var i = 0; i < Added; i++)
            {
                writer.AddDocument(ArticleDocuments.ToDocument(new Article
                {
                    Id = "new-" + i,
                    Title = "Tin mới số " + i,
                    Body = "Phường Văn Chương tổ chức ngày hội đại đoàn kết toàn dân tộc lần " + i,
                    Date = new DateOnly(2022, 1, 1 + i),
                    Category = "Xã hội",
                }));
                writer.Commit();
                searcher.Refresh();
            }
        });
        var queries = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            var previousTotal = 0;
            while (!indexing.IsCompleted)
            {
                try
                {
                    var results = searcher.Search(new SearchRequest { Query = "phường văn chương đại đoàn kết", PageSize = 5 });
                    // Commits only add articles: a later search never sees fewer, and a page is full up to the total.
                    Assert.True(results.Total >= previousTotal, $"total fell from {previousTotal} to {results.Total}");
                    Assert.Equal(Math.Min(results.Total, 5), results.Hits.Count);
                    previousTotal = results.Total;
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToArray();
        await Task.WhenAll([indexing, .. queries]);

        Assert.Equal(0, failures);
        searcher.Refresh();
        Assert.Equal(Added, searcher.Search(new SearchRequest { Query = "\"văn chương\"", PageSize = 100 }).Total);
    }
}
