using DongDa.Search.Encodings;
using DongDa.Search.Indexer.Sources;
using DongDa.Search.Schema;
using DongDa.Search.Testing;

namespace DongDa.Search.Indexer.Tests;

public class PortalTextArticleTests
{
    private static Article ParseSeed(out List<string> warnings)
    {
        var decoded = TextDecoding.Decode(File.ReadAllBytes(TestPaths.SeedArticle), null);
        warnings = [];
        return PortalTextArticle.Parse(decoded.Text, "000_9c6d0240b9c85170.txt", "000_9c6d0240b9c85170.txt", warnings);
    }

    [Fact]
    public void Parse_SeedArticle_ReadsEveryPart()
    {
        var article = ParseSeed(out var warnings);

        Assert.Empty(warnings);
        Assert.Equal("tin tức khác", article.Category);
        Assert.Equal("Quận Đống Đa tăng cường, đổi mới trong công tác dân vận", article.Title);
        Assert.Equal(new DateOnly(2019, 12, 13), article.Date);
        Assert.Equal(new TimeOnly(17, 44), article.Time);
        Assert.Equal(72, article.Views);
        Assert.Equal("Nguyên Bảo", article.Author);
        Assert.Equal("000_9c6d0240b9c85170.txt", article.Id);
    }

    [Fact]
    public void Parse_SeedArticle_BodyHoldsTheParagraphsWithoutHeaderOrByline()
    {
        var article = ParseSeed(out _);
        var paragraphs = article.Body.Split('\n');

        Assert.Equal(5, paragraphs.Length);
        Assert.StartsWith("Sáng 13/12, Quận ủy Đống Đa tổ chức Tổng kết", paragraphs[0]);
        Assert.StartsWith("Nhận dịp này, Quận ủy Đống Đa đã trao Giấy khen", paragraphs[^1]);
        Assert.DoesNotContain("Ngày đăng", article.Body);
        Assert.DoesNotContain("Nguyên Bảo", article.Body);
    }

    [Fact]
    public void Parse_CrlfAndThousandsSeparatorInViews_ReadsViews()
    {
        var text = "Văn hóa\r\n\r\nHội sách phường Láng Thượng\r\nNgày đăng 2/3/2022 | 9:05 | Lượt xem: 1.081\r\n\r\nHội sách mở cửa cả tuần.\r\n\r\nThu Hà";
        var warnings = new List<string>();

        var article = PortalTextArticle.Parse(text, "a.txt", "a.txt", warnings);

        Assert.Empty(warnings);
        Assert.Equal(1081, article.Views);
        Assert.Equal(new DateOnly(2022, 3, 2), article.Date);
        Assert.Equal(new TimeOnly(9, 5), article.Time);
        Assert.Equal("Thu Hà", article.Author);
        Assert.Equal("Hội sách mở cửa cả tuần.", article.Body);
    }

    [Fact]
    public void Parse_ImpossibleDate_IndexesWithoutDateAndWarns()
    {
        var warnings = new List<string>();

        var article = PortalTextArticle.Parse(TestArticles.Portal("Họp dân phố", date: "31/02/2020"), "a.txt", "a.txt", warnings);

        Assert.Null(article.Date);
        Assert.Equal("Họp dân phố", article.Title);
        Assert.Contains(warnings, w => w.Contains("unparseable date '31/02/2020'"));
    }

    [Fact]
    public void Parse_NoMetadataLine_KeepsCategoryTitleAndBodyAndWarns()
    {
        var warnings = new List<string>();
        var text = "Môi trường\n\nRa quân làm sạch hồ Ba Mẫu\n\nSáng Chủ nhật, hàng trăm người dân cùng vớt rác quanh hồ.\n\nLan Anh";

        var article = PortalTextArticle.Parse(text, "a.txt", "a.txt", warnings);

        Assert.Equal("Môi trường", article.Category);
        Assert.Equal("Ra quân làm sạch hồ Ba Mẫu", article.Title);
        Assert.Equal("Sáng Chủ nhật, hàng trăm người dân cùng vớt rác quanh hồ.", article.Body);
        Assert.Equal("Lan Anh", article.Author);
        Assert.Null(article.Date);
        Assert.Contains(warnings, w => w.Contains("no 'Ngày đăng' line"));
    }

    [Fact]
    public void Parse_NoSectionAndLastParagraphIsASentence_HasNoCategoryNorAuthor()
    {
        var warnings = new List<string>();
        var text = "Phường Trung Liệt tổ chức hội nghị\nNgày đăng 10/10/2020\n\nHội nghị diễn ra sáng nay.\n\nCác ý kiến đều được ghi nhận.";

        var article = PortalTextArticle.Parse(text, "a.txt", "a.txt", warnings);

        Assert.Null(article.Category);
        Assert.Equal("Phường Trung Liệt tổ chức hội nghị", article.Title);
        Assert.Equal(new DateOnly(2020, 10, 10), article.Date);
        Assert.Null(article.Time);
        Assert.Null(article.Views);
        Assert.Null(article.Author);
        Assert.Equal("Hội nghị diễn ra sáng nay.\nCác ý kiến đều được ghi nhận.", article.Body);
    }

    [Fact]
    public void Parse_WhitespaceOnly_Throws()
    {
        var e = Assert.Throws<ArticleFormatException>(() => PortalTextArticle.Parse(" \n\n \n", "a.txt", "a.txt", new List<string>()));
        Assert.Contains("empty", e.Message);
    }
}
