using DongDa.Search.Schema;

namespace DongDa.Search.Tests;

/// <summary>A phrase (quoted, or the long form of an abbreviation) is found where its words stand side by side.</summary>
public class PhraseTests
{
    private static readonly Article[] Archive =
    [
        new() { Id = "together", Title = "Tin quận", Body = "Thành phố Hồ Chí Minh mở thêm tuyến xe buýt." },
        new() { Id = "bare", Title = "Tin quan", Body = "Thanh pho Ho Chi Minh mo them tuyen xe buyt." },
        new() { Id = "apart", Title = "Tin khác", Body = "Phố cổ có thành cổ; ông Minh đến Hồ Tây chơi." },
        new() { Id = "hyphen", Title = "Tin sở", Body = "Sở Lao động - Thương binh và Xã hội họp." },
    ];

    private static List<string> Ids(string query)
    {
        using var searcher = new ArticleSearcher(TestArticles.Index(Archive));
        return [.. searcher.Search(new SearchRequest { Query = query }).Hits.Select(h => h.Id).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void Search_QuotedPhrase_FindsTheWordsSideBySide_NotApart() => Assert.Equal(["together"], Ids("\"thành phố\""));

    [Fact]
    public void Search_QuotedPhraseHalfAccented_FindsTheBareWordInAnyReading()
        // "thanh" typed bare matches thành, "phố" only phố: no reading of the pair is named, so its folded key stands for it.
        => Assert.Equal(["together"], Ids("\"thanh phố\""));

    [Fact]
    public void Search_QuotedPhraseWithoutAccents_FindsEveryReading() => Assert.Equal(["bare", "together"], Ids("\"thanh pho ho chi minh\""));

    [Fact]
    public void Search_AbbreviationInAShortQuery_FindsItsLongForm() => Assert.Contains("together", Ids("TP HCM"));

    [Fact]
    public void Search_QuotedPhrase_FindsItsWordsAcrossADash()
        // A name is written with or without its dash (Lao động - Thương binh và Xã hội): its words are still side by side.
        => Assert.Equal(["hyphen"], Ids("\"lao động thương binh\""));
}
