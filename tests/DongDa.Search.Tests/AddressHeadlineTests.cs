using DongDa.Search.Schema;

namespace DongDa.Search.Tests;

/// <summary>A headline read from the web address of an article that came without one (most Dân trí reports of 2019-21).</summary>
public sealed class AddressHeadlineTests : IDisposable
{
    private const string Address = "https://dantri.com.vn/xa-hoi/cong-tac-dan-van-o-phuong-lang-ha-20210426113032825.htm";

    private static readonly Article[] Archive =
    [
        new() { Id = "dv", Title = "Công tác dân vận", Body = "Làm tốt công tác dân vận ở phường Láng Hạ. Dân vận khéo thì việc gì cũng xong." },
        new() { Id = "untitled", Title = "", Url = Address, Body = "Phường Láng Hạ làm công tác dân vận khéo, được thành phố khen." },
        // The archive writes "có hai" more often than "có hại"; the article itself says which.
        new() { Id = "hai", Title = "Nhà có hai tầng", Body = "Nhà có hai tầng. Có hai người ở, có hai con mèo." },
        new() { Id = "hai-untitled", Title = "", Url = "https://dantri.com.vn/suc-khoe/khi-co-hai-trong-nha-20210426113032825.htm", Body = "Khí có hại trong nhà làm hại sức khỏe cả nhà." },
    ];

    private readonly ArticleSearcher _searcher = new(TestArticles.Index(Archive));

    public void Dispose() => _searcher.Dispose();

    [Theory]
    [InlineData(Address, "cong tac dan van o phuong lang ha")]
    [InlineData("https://vnexpress.net/ha-noi-cam-xe-may-vao-pho-co-4312345.html", "ha noi cam xe may vao pho co")]
    [InlineData("https://dantri.com.vn/kinh-doanh/30415-dan-do-xo-di-du-lich-20210423184637244.htm", "30415 dan do xo di du lich")]
    [InlineData("https://example.vn/tin/phuong-lang-ha?utm=1#top", "phuong lang ha")]
    public void Words_AreTheAddressesLastPart(string url, string words)
        => Assert.Equal(words, AddressHeadline.Words(url));

    [Theory]
    [InlineData("https://example.vn/index.html")] // one word
    [InlineData("https://example.vn/tin/2020/10/12345")] // numbers only
    [InlineData("https://example.vn/p?id=42")]
    [InlineData("not an address")]
    [InlineData(null)]
    public void Words_NoneWhereTheAddressHoldsNoHeadline(string? url)
        => Assert.Null(AddressHeadline.Words(url));

    [Fact]
    public void Read_TakesPairsAsTheArticleWritesThem()
        => Assert.Equal("Khí có hại trong nhà", AddressHeadline.Read("https://x.vn/khi-co-hai-trong-nha", words => words, "Khí có hại trong nhà làm hại sức khỏe."));

    [Fact]
    public void Read_NamesInTheCapitalsTheArticleGivesThemInsideItsSentences()
        => Assert.Equal("Bão cát ở Trung Quốc", AddressHeadline.Read("https://x.vn/bao-cat-o-trung-quoc", words => words, "Bão cát lan rộng. Trận bão cát ở Trung Quốc lớn."));

    [Fact]
    public void Read_LettersBeforeADigitPairAsTheyStand()
        => Assert.Equal("Gạo ST 25 bị đánh cắp", AddressHeadline.Read("https://x.vn/gao-st-25-bi-danh-cap", words => words, "Gạo ST25 bị đánh cắp ở Mỹ. Loại gạo ST25 ngon nhất."));

    [Fact]
    public void Search_UntitledHit_ReadsItsHeadlineAsItsTextWritesIt()
    {
        var hit = Assert.Single(_searcher.Search(new SearchRequest { Query = "sức khỏe" }).Hits, h => h.Id == "hai-untitled");
        Assert.Equal("Khí có hại trong nhà", hit.TitleFromUrl);
    }

    [Fact]
    public void Search_UntitledHit_ReadsItsHeadlineFromTheAddress()
    {
        var results = _searcher.Search(new SearchRequest { Query = "phường Láng Hạ" });

        var untitled = Assert.Single(results.Hits, h => h.Id == "untitled");
        Assert.Equal("", untitled.Title);
        Assert.Equal("Công tác dân vận ở phường Láng Hạ", untitled.TitleFromUrl); // capitals as the article writes them
        Assert.Null(Assert.Single(results.Hits, h => h.Id == "dv").TitleFromUrl);
    }
}
