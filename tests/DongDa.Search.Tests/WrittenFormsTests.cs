using DongDa.Search.Schema;

namespace DongDa.Search.Tests;

/// <summary>
/// What the keys of the index do not keep, read from the archive's own text: a capital inside a sentence marks a name
/// (Minh, not mình), a word right after a number is what is counted (lần), and an abbreviation typed with D is read
/// with Đ where the archive writes it so (HĐND).
/// </summary>
public sealed class WrittenFormsTests : IDisposable
{
    private static readonly Article[] Archive =
    [
        // "mình" (oneself) is written far more often than the name "Minh", which is written with its capital.
        new()
        {
            Id = "minh", Title = "Chuyện của mình",
            Body = string.Concat(Enumerable.Repeat("Tự mình làm lấy. Mình đi chợ. Nhà mình ở phố. ", 12))
                + "Hôm qua ông Minh đến. Bà Hoa gặp anh Minh ở chợ. Tổ trưởng Minh nói rằng phố sạch.",
        },
        new() { Id = "hdnd", Title = "HĐND quận họp", Body = "HĐND quận Đống Đa họp. Đại biểu HĐND phường. Kỳ họp HĐND khóa mới." },
        new() { Id = "dvd", Title = "Bán đĩa DVD", Body = "Cửa hàng bán DVD. Đầu DVD mới. Phim DVD cũ." },
        // Bare "lan" (the orchid) is written more often than "lần" (times), which follows numbers.
        new()
        {
            Id = "lan", Title = "Hoa lan",
            Body = string.Concat(Enumerable.Repeat("Hoa lan nở, lan rừng đẹp. ", 15)) + "Tưới 2 lần. Bón phân 3 lần. Ngắt lá 4 lần.",
        },
    ];

    private readonly ArticleSearcher _searcher = new(TestArticles.Index(Archive));

    public void Dispose() => _searcher.Dispose();

    [Theory]
    [InlineData("Gap ong Minh", "Gặp ông Minh")] // a capital inside the text: the name
    [InlineData("gap ong minh", "gặp ông mình")] // typed in lower case: no sign of a name, the commoner reading
    public void Restore_CapitalInsideTheText_ReadsTheName(string typed, string reading)
        => Assert.Equal(reading, _searcher.Restore(typed).Reading);

    [Theory]
    [InlineData("tuoi 5 lan", "tưới 5 lần")] // right after a number: what is counted
    [InlineData("hoa lan", "hoa lan")]
    public void Restore_WordAfterANumber_ReadsAsTheArchiveWritesAfterNumbers(string typed, string reading)
        => Assert.Equal(reading, _searcher.Restore(typed).Reading);

    [Theory]
    [InlineData("HDND quan Dong Da", "HĐND quận Đống Đa")]
    [InlineData("hdnd phuong", "hđnd phường")]
    [InlineData("HDND", "HĐND")]
    public void Restore_AbbreviationTheArchiveWritesWithDStroke_ReadSo(string typed, string reading)
        => Assert.Equal(reading, _searcher.Restore(typed).Reading);

    [Fact]
    public void Restore_AbbreviationTheArchiveWritesWithD_Kept()
        => Assert.Equal("đầu DVD mới", _searcher.Restore("dau DVD moi").Reading);

    [Fact]
    public void Restore_TextWrittenWithItsAccents_AbbreviationTakenAsWritten()
        => Assert.Equal("Kỳ họp HDND quận", _searcher.Restore("Kỳ họp HDND quận").Reading);
}
