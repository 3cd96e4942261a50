using DongDa.Search.Schema;

namespace DongDa.Search.Tests;

/// <summary>
/// Syllables typed together, as web addresses, hashtags and a hurried thumb write them (<c>dongda</c>, <c>hanoi</c>):
/// searched as the words the archive writes with those syllables apart, or left as typed.
/// </summary>
public sealed class JoinedSyllablesTests : IDisposable
{
    private static readonly Article[] Archive =
    [
        .. Enumerable.Range(1, 20).Select(i => new Article
        {
            Id = $"dd{i}",
            Title = $"Quận Đống Đa họp tổ dân phố số {i}",
            Body = "UBND quận Đống Đa giao việc cho các phường. Quận Đống Đa làm đường. Người dân Đống Đa vui.",
        }),
        .. Enumerable.Range(1, 20).Select(i => new Article
        {
            Id = $"hn{i}",
            Title = $"Hà Nội mở đường số {i}",
            Body = "Thành phố Hà Nội mở đường. Hà Nội có thêm cầu. Người Hà Nội đi làm.",
        }),
        .. Enumerable.Range(1, 20).Select(i => new Article
        {
            Id = $"oc{i}",
            Title = $"Phường Ô Chợ Dừa họp tổ dân phố số {i}",
            Body = "Khu Ô Chợ Dừa xưa là cửa ô. Dân Ô Chợ Dừa buôn bán.",
        }),
        .. Enumerable.Range(1, 20).Select(i => new Article
        {
            Id = $"nb{i}",
            Title = $"Sân bay Nội Bài đón khách số {i}",
            Body = "Sân bay Nội Bài mở rộng nhà ga. Khách qua Nội Bài tăng.",
        }),
        .. Enumerable.Range(1, 5).Select(i => new Article
        {
            Id = $"tl{i}",
            Title = $"Thể lệ áp dụng cho cuộc thi số {i}",
            Body = "Thể lệ áp dụng từ tháng sau.",
        }),
        // The name as a company writes it: a few articles hold the word typed together.
        .. Enumerable.Range(1, 4).Select(i => new Article
        {
            Id = $"ht{i}",
            Title = $"Hanoi Telecom mở chi nhánh {i}",
            Body = "Hanoi Telecom cung cấp dịch vụ di động.",
        }),
        // Letters that spell syllables, but no pair the archive writes: an English word.
        .. Enumerable.Range(1, 6).Select(i => new Article
        {
            Id = $"ol{i}",
            Title = $"Dịch vụ online số {i}",
            Body = "Người dân nộp hồ sơ online. Ôn thi xong, Li về quê ở Nê.",
        }),
    ];

    private readonly ArticleSearcher _searcher = new(TestArticles.Index(Archive));

    public void Dispose() => _searcher.Dispose();

    [Theory]
    [InlineData("dongda", "đống đa", "dd")] // finds nothing as typed
    [InlineData("hanoi", "hà nội", "hn")] // finds a company's name, and far less than the city
    [InlineData("quan dongda", "quận Đống Đa", "dd")] // beside other words, a name as the archive writes it
    [InlineData("DongDa", "Đống Đa", "dd")] // capitals where the syllables start
    [InlineData("ochodua", "Ô Chợ Dừa", "oc")] // a Hà Nội place's name: as the place is written
    public void Search_SyllablesTypedTogether_SearchesThemApartAndSaysSo(string query, string reading, string idPrefix)
    {
        var results = _searcher.Search(new SearchRequest { Query = query, PageSize = 20 });
        Assert.Equal(reading, results.Interpretation);
        Assert.Equal(20, results.Hits.Count);
        Assert.All(results.Hits, h => Assert.StartsWith(idPrefix, h.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void Search_WordTypedTogetherBesideVietnameseWords_IsReadApartWhateverElseTheQueryHolds()
        => Assert.Contains("đống đa", _searcher.Search(new SearchRequest { Query = "Telecom o dongda" }).Interpretation, StringComparison.OrdinalIgnoreCase);

    [Theory]
    [InlineData("-dongda")] // an exclusion is read whole
    [InlineData("Hanoi Telecom")] // beside a word that is not Vietnamese: a name of its own
    [InlineData("Returns the leap")] // English: leap is no lê áp
    [InlineData("hanoibai")] // Hà Nội and Nội Bài are written, never together in one article
    public void Search_WordTypedTogetherAsAName_IsSearchedAsTyped(string query)
        => Assert.Null(_searcher.Search(new SearchRequest { Query = query }).Interpretation);

    [Theory]
    [InlineData("online")] // syllables the archive writes (ôn, li, nê), never together
    [InlineData("dong")] // one syllable
    [InlineData("dong da")] // apart already
    [InlineData("Hanoi Telecom")] // beside a word that is not Vietnamese: a name of its own
    public void Search_NotSyllablesTypedTogether_OffersNothing(string query)
        => Assert.Null(_searcher.Search(new SearchRequest { Query = query }).Suggestion);
}
