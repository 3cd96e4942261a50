using DongDa.Search.Schema;

namespace DongDa.Search.Tests;

/// <summary>"Did you mean" for a slip that still finds something: a word no Vietnamese syllable spells, beside words that are.</summary>
public sealed class DidYouMeanTests : IDisposable
{
    // "công an" in thirty reports (1,080 times); "Ann", a name, in eight (9 times), seven of them beside "công".
    private static readonly Article[] Archive =
    [
        .. Enumerable.Range(1, 30).Select(i => new Article
        {
            Id = $"ca{i}",
            Title = $"Công an phường số {i}",
            Body = string.Join(" ", Enumerable.Repeat("Công an phường tuần tra.", 35)),
        }),
        .. Enumerable.Range(1, 7).Select(i => new Article
        {
            Id = $"ann{i}",
            Title = $"Bà Ann làm công nhân {i}",
            Body = "Bà làm công nhân ở xưởng dệt.",
        }),
        new() { Id = "ngee", Title = "Trường Ngee Ann", Body = "Học bổng của trường Ngee Ann Polytechnic." },
    ];

    private readonly ArticleSearcher _searcher = new(TestArticles.Index(Archive));

    public void Dispose() => _searcher.Dispose();

    [Fact]
    public void Search_ASlipThatStillFindsSome_OffersTheWordMeant()
    {
        var results = _searcher.Search(new SearchRequest { Query = "cong ann" });

        Assert.InRange(results.Total, 6, 10); // more than "finds little"
        Assert.Equal("công an", results.Suggestion);
    }

    [Theory]
    [InlineData("Ngee Ann")] // a foreign name: no word of it is Vietnamese
    [InlineData("cong ANN")] // an abbreviation
    [InlineData("cong aNn")] // a brand's capitals
    [InlineData("cong an")] // nothing slipped
    public void Search_NoSlip_OffersNothing(string query)
        => Assert.Null(_searcher.Search(new SearchRequest { Query = query }).Suggestion);
}
