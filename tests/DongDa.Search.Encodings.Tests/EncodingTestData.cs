using System.Text;
using DongDa.Search.Encodings.Legacy;
using DongDa.Search.Testing;

namespace DongDa.Search.Encodings.Tests;

/// <summary>Texts the encoding tests share: the seed article and paragraphs written for these tests.</summary>
internal static class EncodingTestData
{
    /// <summary>The byte encodings with an encoder (everything but mojibake, which is made from UTF-8).</summary>
    public static readonly string[] LegacyNames =
        [LegacyEncodings.Tcvn3, LegacyEncodings.Vni, LegacyEncodings.Viqr, LegacyEncodings.Viscii, LegacyEncodings.Windows1258];

    /// <summary>The seed article as NFC text with \n line ends.</summary>
    public static string SeedArticle { get; } = File.ReadAllText(TestPaths.SeedArticle).ReplaceLineEndings("\n").Normalize(NormalizationForm.FormC);

    /// <summary>Paragraphs written for these tests: Vietnamese news prose with capitals, quotes, numbers and dates.</summary>
    public static readonly string[] VietnameseParagraphs =
    [
        "Ủy ban nhân dân quận Đống Đa vừa tổ chức hội nghị sơ kết công tác cải cách hành chính sáu tháng đầu năm. "
            + "Ông Nguyễn Văn Hùng, Phó Chủ tịch quận, cho biết tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,5%.",
        "Ở phường Văn Chương, người dân đã góp hơn 1.200 ngày công để sửa ngõ, lát gạch và lắp đèn chiếu sáng. "
            + "Ấy là kết quả của phong trào \"Dân vận khéo\" được phát động từ đầu năm 2019.",
        "Trường tiểu học Kim Liên khánh thành thư viện mới với gần ba nghìn đầu sách. Học sinh được mượn sách "
            + "miễn phí, đọc tại chỗ vào giờ ra chơi và cuối tuần. Ý kiến của phụ huynh đều ủng hộ.",
        "Đoàn kiểm tra liên ngành xử phạt 12 cơ sở kinh doanh thực phẩm vi phạm quy định an toàn vệ sinh. "
            + "Ước tính số tiền phạt khoảng 86 triệu đồng, tịch thu 300 kg hàng không rõ nguồn gốc.",
        "Ngày 20/11/2019, quận tổ chức lễ kỷ niệm Ngày Nhà giáo Việt Nam, tặng bằng khen cho 45 thầy cô giáo "
            + "có thành tích xuất sắc trong năm học vừa qua. Em Trần Thu Hà, lớp 5A, phát biểu cảm tưởng.",
        "Hội Cựu chiến binh phường Quang Trung trao 20 suất quà cho hội viên có hoàn cảnh khó khăn. "
            + "Ước mong của các cụ là con cháu được học hành đến nơi đến chốn, sống khỏe mạnh và tử tế.",
    ];

    /// <summary>English and numeric texts with stray symbols: none of them may be converted.</summary>
    public static readonly string[] EnglishAndNumeric =
    [
        "The district committee met on Friday. Is the budget ready? Officials said it's nearly done, and they'll publish it soon.",
        "I'm not sure what you mean. Don't worry: we'll meet at 9 a.m. on Monday, e.g. at the office (room 2).",
        "Prices rose 3.5% in Q3; the index hit 1,081.25 points. See https://example.com/report?id=42&lang=en for details.",
        "2019-12-13 17:44 | 72 views | 189 + 127 = 316 | x^2 + y^2 = r^2 | C++ and C# code ~ 10 KB",
        "Dear Sir/Madam, re: your letter of 13/12/2019 - we attach the minutes (pp. 1-4). Regards, the Secretariat.",
        "He said \"why?\" and she said \"so what?\" -- then they left. O'Brien's dog barked at 5 p.m. again and again.",
        "12 34 56 78 90\n1.081 2.345 6.789\n100% 50% 25%\n$5.00 EUR 4,50",
        "Vo Van Kiet street, Dong Da district, Ha Noi: no accents here, just plain ASCII Vietnamese names.",
    ];
}
