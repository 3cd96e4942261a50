using DongDa.Search.Places;
using DongDa.Search.Schema;

namespace DongDa.Search.Tests.Navigate;

/// <summary>A Hà Nội place name typed without accents is read as the place, whatever its syllables mean elsewhere.</summary>
public sealed class PlaceNameReadingTests
{
    [Theory]
    [InlineData("o cho dua", "Ô Chợ Dừa")]
    [InlineData("O CHO DUA", "Ô Chợ Dừa")]
    [InlineData("phuong o cho dua", "phường Ô Chợ Dừa")]
    [InlineData("  nga tu so ", "Ngã Tư Sở")]
    [InlineData("van mieu quoc tu giam", "Văn Miếu - Quốc Tử Giám")]
    [InlineData("quan dong da", "quận Đống Đa")]
    [InlineData("phuong lang", "phường Láng")]
    public void BareHanoiPlaceName_IsReadAsThePlace(string typed, string reading)
        => Assert.Equal(reading, PlaceDirectory.Default.ReadingOf(typed));

    [Theory]
    [InlineData("Ô Chợ Dừa")] // typed with its accents: as typed
    [InlineData("ô cho dua")] // one accent typed: the restorer keeps it
    [InlineData("o cho dua moi")] // more than the name
    [InlineData("dan van")] // no place
    [InlineData("van dien")] // two syllables, one pair: the archive decides (Văn Điển, vẫn diễn)
    [InlineData("phuong")] // a kind alone
    public void OtherText_HasNoPlaceReading(string typed) => Assert.Null(PlaceDirectory.Default.ReadingOf(typed));

    // The archive writes "ở chỗ dựa" far more often than the ward's name: the syllables alone would be read so.
    private static readonly Article[] Archive =
    [
        new() { Id = "ward", Title = "Tin phường", Body = "Phường Ô Chợ Dừa tổ chức ngày hội đại đoàn kết." },
        .. Enumerable.Range(1, 5).Select(i => new Article { Id = $"other-{i}", Title = $"Tản văn {i}", Body = "Gia đình là nơi ở, chỗ dựa tinh thần; ở chỗ dựa ấy ta lớn lên. Ông bà là chỗ dựa." }),
    ];

    [Fact]
    public void Restore_BarePlaceName_ReadsThePlace()
    {
        using var searcher = new ArticleSearcher(TestArticles.Index(Archive));

        Assert.Equal("Ô Chợ Dừa", searcher.Restore("o cho dua").Reading);
    }

    [Fact]
    public void Search_BarePlaceNameWithADash_SearchesItsWords_NotAnExclusion()
    {
        var temple = new Article { Id = "temple", Title = "Tin di tích", Body = "Khách thăm Văn Miếu - Quốc Tử Giám đông vào dịp Tết." };
        using var searcher = new ArticleSearcher(TestArticles.Index([temple, .. Archive]));

        var results = searcher.Search(new SearchRequest { Query = "van mieu quoc tu giam" });

        Assert.Equal("Văn Miếu - Quốc Tử Giám", results.Interpretation);
        Assert.Empty(results.Warnings);
        Assert.Equal("temple", results.Hits[0].Id);
    }

    [Fact]
    public void Search_BarePlaceName_SearchesThePlace_AndSaysSo()
    {
        using var searcher = new ArticleSearcher(TestArticles.Index(Archive));

        var results = searcher.Search(new SearchRequest { Query = "o cho dua" });

        Assert.Equal("Ô Chợ Dừa", results.Interpretation);
        Assert.Equal("ward", results.Hits[0].Id);
    }
}
