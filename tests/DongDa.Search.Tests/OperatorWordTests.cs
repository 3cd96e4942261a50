using DongDa.Search.Schema;
using DongDa.Search.Typing;
using Lucene.Net.Index;

namespace DongDa.Search.Tests;

/// <summary>
/// Vietnamese writes the syllables of a word apart: a minus or an OR applies to the word beside it, as the archive
/// writes it, not to its first syllable (<c>-thương mại</c> leaves out thương mại; <c>tự do OR độc lập</c>).
/// </summary>
public class OperatorWordTests
{
    private static readonly Article[] Archive =
    [
        .. Enumerable.Range(0, 6).Select(i => new Article
        {
            Id = $"thuong-mai-{i}",
            Title = $"Hiệp định số {i}",
            Body = "Hai nước ký hiệp định thương mại tự do. Bộ Thương mại cho biết thương mại hai chiều tăng.",
        }),
        .. Enumerable.Range(0, 3).Select(i => new Article
        {
            Id = $"tu-do-{i}",
            Title = $"Nhân quyền {i}",
            Body = "Người dân được tự do đi lại và tự do ngôn luận.",
        }),
        // Holds thương, never thương mại: left out by -thương, not by -thương mại.
        new Article { Id = "tu-do-yeu-thuong", Title = "Gia đình", Body = "Trẻ em lớn lên trong tự do và tình yêu thương." },
        .. Enumerable.Range(0, 3).Select(i => new Article
        {
            Id = $"doc-lap-{i}",
            Title = $"Quốc khánh {i}",
            Body = "Ngày độc lập được kỷ niệm trên khắp cả nước; nền độc lập được giữ vững.",
        }),
        // Holds tự, do and lập, never tự do or độc lập: what tự (do OR độc) lập finds.
        new Article { Id = "tu-lap", Title = "Khởi nghiệp", Body = "Anh tự lập công ty do mình làm chủ." },
        // The rest of an archive: words are told from chance among many others.
        .. Enumerable.Range(0, 30).Select(i => new Article
        {
            Id = $"other-{i}",
            Title = $"Tin vắn {i}",
            Body = "Sáng nay trời mưa to ở nhiều tỉnh phía Bắc, nước sông dâng cao. Đội bóng của quận giành chiến thắng "
                + "trong trận chung kết giải phong trào. Ủy ban nhân dân phường họp bàn kế hoạch sửa chữa đường làng, "
                + "trồng thêm cây xanh và làm sạch kênh mương trước mùa hè năm sau.",
        }),
    ];

    private static List<string> Ids(string query)
    {
        using var searcher = new ArticleSearcher(TestArticles.Index(Archive));
        return [.. searcher.Search(new SearchRequest { Query = query, PageSize = 50 }).Hits.Select(h => h.Id).Order()];
    }

    [Theory]
    [InlineData("tự do -thương mại")]
    [InlineData("tu do -thuong mai")]
    public void MinusBeforeAWord_LeavesOutTheWord(string query)
    {
        var ids = Ids(query);

        // tu-lap follows them, as a short query widens when fewer than ten articles hold its word.
        Assert.Equal(["tu-do-0", "tu-do-1", "tu-do-2", "tu-do-yeu-thuong"], ids.Where(id => id.StartsWith("tu-do", StringComparison.Ordinal)));
        Assert.DoesNotContain(ids, id => id.StartsWith("thuong-mai", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("tự do OR độc lập")]
    [InlineData("tu do OR doc lap")]
    public void OrBetweenWords_EitherWord(string query)
        => Assert.Equal(
            ["doc-lap-0", "doc-lap-1", "doc-lap-2", .. Enumerable.Range(0, 6).Select(i => $"thuong-mai-{i}"), "tu-do-0", "tu-do-1", "tu-do-2", "tu-do-yeu-thuong"],
            Ids(query));

    [Theory]
    [InlineData("thương", "mại", true)]
    [InlineData("thuong", "mai", true)]
    [InlineData("tự", "do", true)]
    [InlineData("yêu", "thương", false)]
    [InlineData("do", "mình", false)]
    [InlineData("thương", "mai", true)]
    [InlineData("thương", "mái", false)]
    public void WrittenAsOneWord_WrittenTogetherFarAboveChance(string first, string second, bool oneWord)
    {
        using var reader = DirectoryReader.Open(TestArticles.Index(Archive));

        Assert.Equal(oneWord, SyllableModel.Load(reader).WrittenAsOneWord(first, second));
    }
}
