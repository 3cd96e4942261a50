using System.Text;
using System.Text.Json;
using DongDa.Search.Indexer;
using DongDa.Search.Schema;

namespace DongDa.Search.Web.Tests;

/// <summary>
/// A small index on disk, built once per test run through the real indexer from JSON Lines written here: one article
/// about dân vận that must rank first for "dan van", 24 more that mention it (three years, two categories: enough for
/// facets and a second page), a distractor with "dàn văn", an article whose id holds slashes, one full of HTML and
/// script, and one without a headline but with one in its address.
/// </summary>
public sealed class TestIndex : IDisposable
{
    public const string DanVanId = "dv-main";
    public const string DanVanTitle = "Quận Đống Đa đẩy mạnh công tác dân vận";
    public const string SlashId = "tin/2020/phuong-lang-ha";
    public const string XssId = "xss-1";
    public const string UntitledId = "dantri-untitled";
    public const string Script = "<script>alert(1)</script>";
    public const string Img = "<img src=x onerror=alert(1)>";
    public const string XssTitle = Script + " Kiểm thử an toàn " + Img;
    public const string XssQuery = "kiểm thử an toàn";

    public TestIndex()
    {
        Root = Path.Combine(Path.GetTempPath(), "dongda-web-tests-" + Guid.NewGuid().ToString("N"));
        var source = Path.Combine(Root, "source");
        Directory.CreateDirectory(source);
        File.WriteAllText(Path.Combine(source, "articles.jsonl"), string.Join('\n', Articles().Select(a => JsonSerializer.Serialize(a))) + "\n", new UTF8Encoding(false));
        IndexPath = Path.Combine(Root, "index");
        using var indexer = ArticleIndexer.Open(IndexPath);
        var report = indexer.Index([source]);
        if (report.Failed > 0)
        {
            throw new InvalidOperationException("the test articles did not index: " + string.Join("; ", report.Errors));
        }
    }

    public string Root { get; }

    public string IndexPath { get; }

    /// <summary>How many articles mention dân vận (the main one and the generated ones).</summary>
    public static int DanVanCount => 25;

    /// <summary>How many articles the index holds: those, the distractor, the slashed id, the untitled one and the XSS one.</summary>
    public static int ArticleCount => DanVanCount + 4;

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a server being stopped: the temp folder is cleaned by the system.
        }
    }

    private static IEnumerable<object> Articles()
    {
        yield return new
        {
            id = DanVanId,
            title = DanVanTitle,
            date = "2019-12-13",
            category = "Chính trị",
            author = "Nguyên Bảo",
            url = "https://dongda.example/tin/dan-van",
            source = "Cổng thông tin Đống Đa",
            summary = "Công tác dân vận của quận năm 2019 có nhiều đổi mới.",
            body = "Ban Dân vận Quận ủy tổng kết công tác dân vận.\nPhong trào “Dân vận khéo” lan rộng ở các phường.",
        };
        string[] wards = ["Láng Hạ", "Trung Liệt", "Khâm Thiên", "Văn Chương", "Ô Chợ Dừa", "Kim Liên"];
        for (var i = 1; i < DanVanCount; i++)
        {
            yield return new
            {
                id = $"dv-{i:00}",
                title = $"Tin phường {wards[i % wards.Length]} số {i}",
                date = $"{2018 + (i % 3)}-{1 + (i % 12):00}-{1 + i:00}",
                category = i % 2 == 0 ? "Xã hội" : "Chính trị",
                author = "Thu Hà",
                body = $"Phường {wards[i % wards.Length]} họp bàn nhiều việc, trong đó có công tác dân vận ở khu dân cư số {i}.",
            };
        }
        yield return new
        {
            id = "distractor",
            title = "Hội diễn mùa xuân",
            date = "2020-02-02",
            category = "Văn hóa",
            body = "Đội dàn văn công của phường biểu diễn phục vụ bà con.",
        };
        yield return new
        {
            id = SlashId,
            title = "Phường Láng Hạ ra quân vệ sinh môi trường",
            date = "2020-03-02",
            category = "Xã hội",
            url = "https://dongda.example/tin/2020/phuong-lang-ha",
            body = "UBND phường Láng Hạ ra quân dọn vệ sinh môi trường các ngõ xóm.",
        };
        yield return new
        {
            // As most Dân trí reports of 2019-21 came: no headline, one in the address.
            id = UntitledId,
            date = "2021-01-10",
            category = "Xã hội",
            url = "https://dantri.com.vn/xa-hoi/phuong-kham-thien-don-tet-som-20210110093012345.htm",
            body = "Phường Khâm Thiên đón Tết sớm với chợ hoa và gói bánh chưng cho các gia đình khó khăn.",
        };
        yield return new
        {
            id = XssId,
            title = XssTitle,
            date = "2021-01-15",
            category = "<b>Kiểm thử</b>",
            author = Img,
            url = "javascript:alert(1)",
            summary = "Đoạn mở đầu " + Script,
            body = $"Nội dung kiểm thử an toàn {Script} và {Img} cùng liên kết <a href=\"javascript:alert(1)\">bấm vào đây</a> javascript:alert(1)",
        };
    }
}
