using System.Globalization;
using System.Text.RegularExpressions;
using DongDa.Search.Analyzers;
using DongDa.Search.Indexer;
using DongDa.Search.Schema;
using DongDa.Search.Testing;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;

namespace DongDa.Search.Tests;

/// <summary>The seed article of corpus/ and a few articles written for these tests, and in-memory indexes of them.</summary>
internal static partial class TestArticles
{
    public const string SeedId = "000_9c6d0240b9c85170";

    /// <summary>The seed article read from corpus/articles (category, blank, title, date line, paragraphs, author).</summary>
    public static Article Seed { get; } = ReadSeed();

    public static readonly Article UbndLongForm = new()
    {
        Id = "t-ubnd-long",
        Title = "Họp bàn trật tự đô thị",
        Body = "Sáng nay, Ủy ban nhân dân quận Đống Đa họp với các phường về trật tự đô thị và vỉa hè.",
        Date = new DateOnly(2019, 5, 10),
        Category = "Chính trị",
        Author = "Minh Anh",
    };

    public static readonly Article UbndShortForm = new()
    {
        Id = "t-ubnd-short",
        Title = "Ra quân dọn vệ sinh",
        Body = "UBND phường Láng Hạ ra quân dọn vệ sinh môi trường các ngõ xóm.",
        Date = new DateOnly(2020, 3, 2),
        Category = "Xã hội",
        Author = "Thu Hà",
    };

    public static readonly Article PhraseAdjacent = new()
    {
        Id = "t-adjacent",
        Title = "Công viên mùa xuân",
        Body = "Người dân đi dạo trong công viên Hòa Bình vào mỗi sáng cuối tuần, không khí trong lành.",
        Date = new DateOnly(2020, 6, 1),
        Category = "Xã hội",
        Author = "Thu Hà",
    };

    public static readonly Article PhraseScattered = new()
    {
        Id = "t-scattered",
        Title = "Sân chơi cuối tuần",
        Body = "Buổi giao lưu hòa nhạc ngoài trời thu hút đông người; bình luận viên khen ngợi khán giả.",
        Date = new DateOnly(2021, 1, 15),
        Category = "Văn hóa",
        Author = "Lan Phương",
    };

    public static readonly Article Unaccented = new()
    {
        Id = "t-unaccented",
        Title = "Tin ngan",
        Body = "Nguoi dan di dao trong cong vien Hoa Binh vao moi sang cuoi tuan.",
        Date = new DateOnly(2021, 2, 1),
        Category = "Xã hội",
    };

    public static readonly Article Football = new()
    {
        Id = "t-football",
        Title = "Đội bóng phường Trung Liệt vô địch",
        Body = "Giải bóng đá thiếu niên quận Đống Đa năm 2021 khép lại, đội phường Trung Liệt giành cúp vô địch.",
        Date = new DateOnly(2021, 4, 20),
        Category = "Thể thao",
        Author = "Minh Anh",
    };

    /// <summary>Every test article, the seed first.</summary>
    public static IReadOnlyList<Article> All { get; } = [Seed, UbndLongForm, UbndShortForm, PhraseAdjacent, PhraseScattered, Unaccented, Football];

    /// <summary>An in-memory index of <paramref name="articles"/> (all test articles by default).</summary>
    public static RAMDirectory Index(IEnumerable<Article>? articles = null)
    {
        var directory = new RAMDirectory();
        using var writer = NewWriter(directory);
        foreach (var article in articles ?? All)
        {
            writer.AddDocument(ArticleDocuments.ToDocument(article));
        }
        writer.SetCommitData(IndexCompatibility.CommitData(titlesIndexed: true));
        writer.Commit();
        return directory;
    }

    public static IndexWriter NewWriter(Lucene.Net.Store.Directory directory)
        => new(directory, ArticleIndexWriter.CreateConfig(OpenMode.CREATE_OR_APPEND));

    private static Article ReadSeed()
    {
        var lines = File.ReadAllLines(TestPaths.SeedArticle);
        var dateLine = DateLine().Match(lines[3]);
        var paragraphs = lines.Skip(4).Where(l => l.Trim().Length > 0).ToList();
        return new Article
        {
            Id = SeedId,
            Category = lines[0].Trim(),
            Title = lines[2].Trim(),
            Date = DateOnly.ParseExact(dateLine.Groups[1].Value, "d/M/yyyy", CultureInfo.InvariantCulture),
            Summary = paragraphs[0],
            Body = string.Join('\n', paragraphs.Skip(1).SkipLast(1)),
            Author = paragraphs[^1].Trim(),
            Path = "articles/" + SeedId + ".txt",
        };
    }

    [GeneratedRegex(@"(\d{1,2}/\d{1,2}/\d{4})")]
    private static partial Regex DateLine();
}
