using DongDa.Search.Analyzers;
using DongDa.Search.Schema;
using DongDa.Search.Typing;
using Lucene.Net.Index;

namespace DongDa.Search.Tests;

/// <summary>The syllable model read from the index's own terms.</summary>
public sealed class SyllableModelTests : IDisposable
{
    private static readonly Article[] Archive =
    [
        new() { Id = "a", Title = "Đồng bộ", Body = "Đồng bộ dữ liệu. Đồng hồ treo tường. Đồng bộ hóa. Bộ công an." },
        // "ban" is followed by chỉ and hành (with marks) and by chi (bare): three readings.
        new() { Id = "b", Title = "Ban chỉ đạo", Body = "Ban chỉ đạo họp. Ban hành quy định. Ban chi tiêu." },
        new() { Id = "c", Title = "Bản tin vắn", Summary = "Bản tin vắn sáng nay.", Body = "Bản tin văn hóa. Bản tin văn nghệ." },
    ];

    private readonly Lucene.Net.Store.RAMDirectory _directory = TestArticles.Index(Archive);
    private readonly DirectoryReader _reader;

    public SyllableModelTests() => _reader = DirectoryReader.Open(_directory);

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    [Theory]
    [InlineData("đồng", 2)] // bộ, hồ
    [InlineData("ban", 3)] // chỉ, hành, and chi written bare
    [InlineData("bộ", 3)] // dữ, hóa, công
    [InlineData("tường", 0)] // a sentence ends after it
    public void Followers_CountsTheDifferentReadingsWrittenAfterAReading(string reading, int followers)
        => Assert.Equal(followers, SyllableModel.Load(_reader).Followers(reading));

    [Theory]
    [InlineData("bộ", 1)] // đồng, however often
    [InlineData("chi", 1)] // ban, written bare
    [InlineData("công", 1)] // bộ; the sentence before ends
    [InlineData("đồng", 0)] // opens its sentences
    public void Preceders_CountsTheDifferentReadingsWrittenBeforeAReading(string reading, int preceders)
        => Assert.Equal(preceders, SyllableModel.Load(_reader).Preceders(reading));

    [Fact]
    public void Triples_CountWhatHeadlinesAndLeadsWriteAfterAPair_NotTheBody()
    {
        var triples = SyllableModel.Load(_reader).Triples("bản", "tin");

        Assert.Equal(2, triples.Count("vắn"));
        Assert.Equal(0, triples.Count("văn"));
        Assert.Equal((2, 1), (triples.Total, triples.Followers));
    }

    [Fact]
    public void Triples_MarkWhereRunsStartAndEnd()
    {
        var model = SyllableModel.Load(_reader);

        Assert.Equal(2, model.Triples(SyllableTripleFilter.RunStart, SyllableTripleFilter.RunStart).Count("bản"));
        Assert.Equal(1, model.Triples("tin", "vắn").Count(SyllableTripleFilter.RunEnd));
    }
}
