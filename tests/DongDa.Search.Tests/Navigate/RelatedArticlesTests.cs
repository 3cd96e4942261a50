using DongDa.Search.Schema;

namespace DongDa.Search.Tests.Navigate;

public sealed class RelatedArticlesTests : IDisposable
{
    private const string FloodBody = "Mưa lớn kéo dài khiến nhiều tuyến phố ngập sâu, nước tràn vào nhà dân ở phường Trung Liệt. "
        + "Công ty thoát nước đã huy động máy bơm, công nhân túc trực tại các điểm úng ngập để giải tỏa giao thông.";

    private static readonly Article[] Articles =
    [
        new() { Id = "flood", Title = "Mưa lớn gây ngập úng", Body = FloodBody, Category = "Xã hội" },
        // The same report republished under another headline, with a byline line added.
        new() { Id = "flood-copy", Title = "Phố ngập sau cơn mưa", Body = FloodBody + "\nThu Hà", Category = "Xã hội" },
        new()
        {
            Id = "flood-2", Title = "Máy bơm chống ngập", Category = "Xã hội",
            Body = "Công ty thoát nước lắp thêm máy bơm tại điểm úng ngập trên phố Tây Sơn sau trận mưa lớn; nước rút sau hai giờ.",
        },
        new()
        {
            Id = "flood-3", Title = "Ngập úng ở Trung Liệt", Category = "Xã hội",
            Body = "Người dân phường Trung Liệt kêu ngập úng kéo dài mỗi khi mưa lớn, nước tràn vào nhà, công nhân thoát nước đến muộn.",
        },
        new()
        {
            Id = "flood-sport", Title = "Sân bóng ngập nước", Category = "Thể thao",
            Body = "Trận đấu bị hoãn vì mưa lớn làm sân ngập nước; ban tổ chức huy động máy bơm nhưng không kịp.",
        },
        new()
        {
            Id = "football", Title = "Đội bóng thiếu niên vô địch", Category = "Thể thao",
            Body = "Đội bóng thiếu niên phường Kim Liên giành cúp vô địch giải bóng đá quận sau loạt sút luân lưu.",
        },
    ];

    private readonly Lucene.Net.Store.RAMDirectory _directory = TestArticles.Index(Articles);
    private readonly ArticleSearcher _searcher;

    public RelatedArticlesTests() => _searcher = new ArticleSearcher(_directory);

    public void Dispose()
    {
        _searcher.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public void Related_SameStoryRepublished_IsSetAsideNotListed()
    {
        var related = _searcher.Related("flood", 5)!;

        Assert.Equal("flood", related.Id);
        Assert.DoesNotContain(related.Hits, h => h.Id is "flood" or "flood-copy");
        var copy = Assert.Single(related.Duplicates);
        Assert.Equal("flood-copy", copy.Hit.Id);
        Assert.Equal("flood", copy.Of);
    }

    [Fact]
    public void Related_ArticlesOnTheSameSubject_ComeFirst_OwnSectionPreferred()
    {
        var ids = _searcher.Related("flood", 5)!.Hits.Select(h => h.Id).ToList();

        Assert.Equal(["flood-2", "flood-3"], ids.Take(2).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("football", ids);
    }

    [Fact]
    public void Related_Hits_CarryStoredFieldsAndTheOpeningAsSnippet()
    {
        var hit = _searcher.Related("flood", 5)!.Hits.First(h => h.Id == "flood-3");

        Assert.Equal("Ngập úng ở Trung Liệt", hit.Title);
        Assert.Equal("Xã hội", hit.Category);
        Assert.StartsWith("Người dân phường Trung Liệt", hit.Snippet!.Text, StringComparison.Ordinal);
        Assert.Empty(hit.Snippet.Highlights);
        Assert.True(hit.Score > 0);
    }

    [Fact]
    public void Related_SizeLimitsTheList() => Assert.Single(_searcher.Related("flood", 1)!.Hits);

    [Fact]
    public void Related_UnknownId_ReturnsNull() => Assert.Null(_searcher.Related("nope"));

    [Theory]
    [InlineData(0)]
    [InlineData(RelatedArticles.MaxSize + 1)]
    public void Related_SizeOutOfRange_Throws(int size)
        => Assert.Throws<ArgumentOutOfRangeException>(() => _searcher.Related("flood", size));

    [Fact]
    public void StoryShingles_EditedCopy_IsSameStory_OtherReportOnSubjectIsNot()
    {
        var story = Search.Related.StoryShingles.Of(FloodBody);

        Assert.True(story.SameStoryAs(Search.Related.StoryShingles.Of("Tin mới: " + FloodBody.ToUpperInvariant() + " (theo báo Hà Nội mới)")));
        Assert.False(story.SameStoryAs(Search.Related.StoryShingles.Of(Articles[3].Body)));
        Assert.False(story.SameStoryAs(Search.Related.StoryShingles.Of("")));
    }
}
