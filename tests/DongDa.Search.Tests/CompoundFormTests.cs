using DongDa.Search.Schema;

namespace DongDa.Search.Tests;

/// <summary>
/// A loanword is written closed, open or hyphenated (tivi, ti vi; email, e-mail): a short query typed in one form finds
/// the other when the archive writes it about as often, and never a word of its own the letters happen to spell.
/// </summary>
public class CompoundFormTests
{
    private static readonly Article[] Archive =
    [
        .. Enumerable.Range(0, 5).Select(i => new Article
        {
            Id = $"tivi-{i}",
            Title = $"Bản tin số {i}",
            Body = "Gia đình mua chiếc tivi mới; trẻ em xem tivi mỗi tối.",
        }),
        // The syllables apart in another reading, often and under the headline: BM25 alone puts them first.
        .. Enumerable.Range(0, 2).Select(i => new Article
        {
            Id = $"ty-vi-{i}",
            Title = "Món ăn tốt cho tỳ vị",
            Body = "Tỳ vị yếu nên ăn cháo; tỳ vị khỏe thì ăn ngon. Món ăn bổ tỳ vị.",
        }),
        .. Enumerable.Range(0, 6).Select(i => new Article
        {
            Id = $"e-mail-{i}",
            Title = $"Thư điện tử {i}",
            Body = "Người dùng nhận e-mail quảng cáo mỗi ngày.",
        }),
        .. Enumerable.Range(0, 5).Select(i => new Article
        {
            Id = $"email-{i}",
            Title = $"Hộp thư {i}",
            Body = "Khách hàng gửi email cho công ty.",
        }),
        .. Enumerable.Range(0, 5).Select(i => new Article
        {
            Id = $"kiot-{i}",
            Title = $"Chợ phường {i}",
            Body = "Tiểu thương thuê kiốt bán quần áo.",
        }),
        .. Enumerable.Range(0, 5).Select(i => new Article
        {
            Id = $"ki-ot-{i}",
            Title = $"Chợ quận {i}",
            Body = "Ban quản lý chợ thu hồi các ki-ốt bỏ trống; mỗi ki ốt rộng sáu mét vuông.",
        }),
        .. Enumerable.Range(0, 12).Select(i => new Article
        {
            Id = $"dai-ly-{i}",
            Title = $"Đại lý vé số {i}",
            Body = "Các đại lý bán lẻ xăng dầu được giao chỉ tiêu.",
        }),
        .. Enumerable.Range(0, 5).Select(i => new Article
        {
            Id = $"daily-{i}",
            Title = $"Báo chí Anh {i}",
            Body = "Tờ Daily Mail đưa tin về trận đấu.",
        }),
        // A loanword the archive writes closed with marks, more often than apart (văcxin, vắc xin), beside a native pair
        // whose letters typed bare also spell it apart (vác xin: carry, ask) and a closed word of other letters (vácxin).
        .. Enumerable.Range(0, 10).Select(i => new Article
        {
            Id = $"vacxin-{i}",
            Title = $"Tiêm chủng {i}",
            Body = "Trạm y tế nhận thêm văcxin sởi.",
        }),
        .. Enumerable.Range(0, 5).Select(i => new Article
        {
            Id = $"vac-xin-{i}",
            Title = $"Phòng dịch {i}",
            Body = "Bộ Y tế phân bổ vắc xin cho các tỉnh.",
        }),
        .. Enumerable.Range(0, 8).Select(i => new Article
        {
            Id = $"vac-xin-native-{i}",
            Title = $"Chuyện làng {i}",
            Body = "Ông vác bao gạo đi, vác xin được cái gì.",
        }),
    ];

    private static SearchResults Search(string query, ArticleSearcherOptions? options = null)
    {
        using var searcher = new ArticleSearcher(TestArticles.Index(Archive), options);
        return searcher.Search(new SearchRequest { Query = query, PageSize = 50 });
    }

    [Theory]
    [InlineData("ti vi")]
    [InlineData("TI VI")]
    [InlineData("ti-vi")]
    public void OpenFormTyped_FindsTheClosedFormFirst(string query)
    {
        var ids = Search(query).Hits.Select(h => h.Id).ToList();

        Assert.Equal(Enumerable.Range(0, 5).Select(i => $"tivi-{i}").Order(), ids.Take(5).Order());
        Assert.Equal(["ty-vi-0", "ty-vi-1"], ids.Skip(5).Order());
    }

    [Theory]
    [InlineData("ti vi", "Tìm cả cách viết liền “tivi”.")]
    [InlineData("email", "Tìm cả cách viết rời “e mail”, “e-mail”.")]
    public void OtherFormSearched_IsNotedForTheReader(string query, string note)
        => Assert.Equal([note], Search(query).Notes);

    [Theory]
    [InlineData("ti-vi")]
    [InlineData("ti vi")]
    public void OtherFormSearched_NoOtherReadingOfItsSyllablesClaimed(string query)
        => Assert.Null(Search(query).Interpretation);

    [Fact]
    public void NoOtherForm_NoNote()
        => Assert.Empty(Search("dai ly").Notes);

    [Fact]
    public void OpenFormTyped_WithoutCompoundForms_FindsOnlyTheSyllables()
        => Assert.DoesNotContain(Search("ti vi", new ArticleSearcherOptions { FindCompoundForms = false }).Hits, h => h.Id.StartsWith("tivi", StringComparison.Ordinal));

    [Fact]
    public void OpenFormTyped_BesideAnotherWord_FindsThePairWithTheClosedForm()
        => Assert.Equal(Enumerable.Range(0, 5).Select(i => $"tivi-{i}"), Search("xem ti vi").Hits.Select(h => h.Id).Order());

    [Fact]
    public void ClosedFormTyped_FindsTheHyphenatedForm()
        => Assert.Equal(11, Search("email").Total);

    [Theory]
    [InlineData("e-mail")]
    [InlineData("e mail")]
    public void HyphenatedOrOpenFormTyped_FindsTheClosedForm(string query)
        => Assert.Equal(11, Search(query).Total);

    [Theory]
    [InlineData("ki ốt")]
    [InlineData("ki-ốt")]
    [InlineData("kiốt")]
    [InlineData("KIỐT")]
    [InlineData("ki ot")]
    public void LoanwordTypedWithOrWithoutMarks_FindsItsOtherForm(string query)
        => Assert.Equal(10, Search(query).Total);

    [Theory]
    [InlineData("kiot", "kiot-", 5, "ki-ot-", 5)]
    [InlineData("vacxin", "vacxin-", 10, "vac-xin-", 5)]
    [InlineData("VACXIN", "vacxin-", 10, "vac-xin-", 5)]
    [InlineData("văcxin", "vacxin-", 10, "vac-xin-", 5)]
    public void LoanwordTypedClosed_FindsItWrittenApartWithTheSameLetters(string query, string closed, int closedCount, string apart, int apartCount)
    {
        var ids = Search(query).Hits.Select(h => h.Id).ToList();

        Assert.Equal(closedCount + apartCount, ids.Count);
        Assert.Equal(closedCount, ids.Count(id => id.StartsWith(closed, StringComparison.Ordinal)));
        Assert.Equal(apartCount, ids.Count(id => id.StartsWith(apart, StringComparison.Ordinal) && !id.Contains("native", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("vacxin")]
    [InlineData("văcxin")]
    public void LoanwordTypedClosed_NotesItsOpenFormWithItsMarks(string query)
        => Assert.Equal(["Tìm cả cách viết rời “vắc xin”, “vắc-xin”."], Search(query).Notes);

    [Fact]
    public void WordOfItsOwnTheLettersSpell_IsNoFormOfTheQuery()
        => Assert.All(Search("dai ly").Hits, h => Assert.StartsWith("dai-ly-", h.Id, StringComparison.Ordinal));

    [Fact]
    public void ClosedFormTyped_WrittenApartByFewArticles_FindsOnlyItself()
        => Assert.Equal(5, Search("tivi").Total);
}
