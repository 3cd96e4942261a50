using DongDa.Search.Schema;

namespace DongDa.Search.Tests;

/// <summary>Snippets show the word: the passage where the query's words stand together, marked as one span.</summary>
public class SnippetWordTests
{
    private static Snippet SnippetFor(string query, Article article)
    {
        using var searcher = new ArticleSearcher(TestArticles.Index([article]));
        return searcher.Search(new SearchRequest { Query = query }).Hits.Single().Snippet!;
    }

    private static List<string> Marked(Snippet snippet) => [.. snippet.Highlights.Select(h => snippet.Text.Substring(h.Start, h.Length))];

    [Fact]
    public void SeedArticle_UnaccentedPlaceName_MarksDongDa_NotDa()
    {
        var snippet = SnippetFor("UBND quan dong da", TestArticles.Seed);

        var marked = Marked(snippet);
        Assert.Contains(marked, m => m.EndsWith("Đống Đa", StringComparison.Ordinal));
        Assert.DoesNotContain("đã", marked);
    }

    /// <summary>The snippet for "dong bo" of an article with <paramref name="body"/>, beside one that makes đồng bộ the archive's reading.</summary>
    private static Snippet DongBoSnippetOf(string body)
    {
        var article = new Article { Id = "a", Title = "Tin", Body = body };
        var other = new Article { Id = "b", Title = "Đồng bộ", Body = "Đầu tư đồng bộ hạ tầng, xây dựng đồng bộ." };
        using var searcher = new ArticleSearcher(TestArticles.Index([article, other]));
        return searcher.Search(new SearchRequest { Query = "dong bo" }).Hits.Single(h => h.Id == "a").Snippet!;
    }

    [Fact]
    public void UnaccentedQuery_MarksTheReadingItWasReadAs_NotAnotherThatFoldsAlike()
    {
        // "dong bo" is read as đồng bộ, the archive's reading; "hoạt động bộ máy" folds alike but is another word.
        var snippet = DongBoSnippetOf("Hoạt động bộ máy được kiện toàn. Các giải pháp được triển khai đồng bộ.");

        Assert.Equal(["đồng bộ"], Marked(snippet));
    }

    [Fact]
    public void UnaccentedQuery_WordsApart_MarksOnlyTheSyllablesOfTheReading()
    {
        // "dong bo" is read as đồng bộ: apart, "đồng" and "Bộ" are marked, "Bố" (also bo without accents) is not.
        var snippet = DongBoSnippetOf("Ông Minh đồng ý. Bố tôi làm ở Bộ Nội vụ.");

        Assert.Equal(["đồng", "Bộ"], Marked(snippet));
    }

    [Theory]
    [InlineData("\"công tác dân vận\"")]
    [InlineData("công tác VN hè")]
    public void PhraseFound_IsOneSpan(string query)
    {
        // A quoted phrase, or the long form an abbreviation stands for (VN: Việt Nam), is marked where it stands whole.
        var article = new Article { Id = "a", Title = "Tin", Body = "Việt Nam đẩy mạnh công tác dân vận trong mùa hè." };

        var marked = Marked(SnippetFor(query, article));

        Assert.Contains(query.StartsWith('"') ? "công tác dân vận" : "Việt Nam", marked);
    }

    [Fact]
    public void WordsTogether_AreOneSpan()
    {
        var article = new Article { Id = "a", Title = "Tin", Body = "Phường tổ chức hội nghị về công tác dân vận trong năm." };

        Assert.Equal(["dân vận"], Marked(SnippetFor("dan van", article)));
    }

    [Fact]
    public void Window_IsWhereTheWordsStandTogether()
    {
        var scattered = string.Join(' ', Enumerable.Repeat("Người dân đến hỏi, cán bộ vận hành máy.", 12));
        var article = new Article { Id = "a", Title = "Tin", Body = scattered + " Cuối buổi, quận biểu dương công tác dân vận khéo." };

        var snippet = SnippetFor("dân vận", article);

        Assert.Equal(["dân vận"], Marked(snippet));
        Assert.Contains("dân vận khéo", snippet.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void PassageShown_StartsAtItsSentence_NotPartwayThroughTheOneBefore()
    {
        // A fixed sixty characters before the word open on the tail of the sentence before (or inside a word, as
        // "…xin protein" of "vắc xin"); the passage opens where the sentence holding the word starts.
        var article = new Article
        {
            Id = "a",
            Title = "Tin",
            Body = string.Join(' ', Enumerable.Repeat("Thành phố tiếp tục sửa chữa đường sá.", 6))
                + " Nhóm nghiên cứu thử nghiệm vắc xin protein tái tổ hợp trên người tình nguyện.",
        };

        var snippet = SnippetFor("protein", article);

        Assert.StartsWith("…Nhóm nghiên cứu thử nghiệm vắc xin protein", snippet.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void PlaceTypedWithAbbreviation_WrittenOut_IsOneSpan()
    {
        // Q. Ba Đình is quận Ba Đình: the address is marked whole, not its kind word apart from its name.
        var article = new Article { Id = "a", Title = "Tin", Body = "Công an quận Ba Đình vừa bắt một nhóm trộm xe máy." };

        Assert.Equal(["quận Ba Đình"], Marked(SnippetFor("Q. Ba Đình", article)));
    }

    /// <summary>About 2,400 characters that hold no word of the queries below.</summary>
    private static readonly string Filler = string.Join(' ', Enumerable.Repeat("Thành phố tiếp tục sửa chữa đường sá và trồng thêm cây xanh.", 40));

    /// <summary>The snippet for <paramref name="query"/> of a long article: <paramref name="lead"/>, the filler, <paramref name="end"/>.</summary>
    private static Snippet LongTextSnippet(string query, string lead, string end)
        => SnippetFor(query, new Article { Id = "a", Title = "Tin", Body = lead + " " + Filler + " " + end });

    [Fact]
    public void LongText_ThePassageShown_IsTheFirstWhereTheWordStandsTogether()
    {
        // The lead already holds the word: the passage is there, not further on where it stands twice.
        var snippet = LongTextSnippet("dan van", "Mở đầu năm, quận bàn về dân vận.", "Cuối năm, dân vận khéo và dân vận chính quyền được biểu dương.");

        Assert.Equal(["dân vận"], Marked(snippet));
        Assert.Contains("quận bàn về dân vận", snippet.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void LongText_WordTogetherOnlyFarIn_IsStillFound()
    {
        // The lead holds the syllables apart only: the search for the passage goes on to where they stand together.
        var snippet = LongTextSnippet("dan van", "Người dân đến hỏi; cán bộ vận hành máy.", "Cuối năm, quận biểu dương công tác dân vận khéo.");

        Assert.Equal(["dân vận"], Marked(snippet));
        Assert.Contains("công tác dân vận khéo", snippet.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void PassageHoldingTheWholeWord_BeatsOneHoldingPartsOfItTwice()
    {
        // "dân vận" twice in the lead is two of the three syllables of dân vận khéo: the passage is where all three stand.
        var snippet = LongTextSnippet("dan van kheo", "Ban Dân vận quận nói về công tác dân vận năm nay.", "Mô hình Dân vận khéo được nhân rộng.");

        Assert.Contains("Dân vận khéo", Marked(snippet));
        Assert.Contains("Mô hình Dân vận khéo", snippet.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void WordOnlyBeyondTheOpening_IsFoundAndMarked()
    {
        // Over 4,800 characters before the word: a long article that names it only near its end still shows it.
        var body = Filler + " " + Filler + " Cuối buổi, bà Ngọc Khánh phát biểu.";
        var snippet = SnippetFor("Ngọc Khánh", new Article { Id = "a", Title = "Tin", Body = body });

        Assert.Equal(["Ngọc Khánh"], Marked(snippet));
        Assert.Contains("bà Ngọc Khánh phát biểu", snippet.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void HeadlineWords_AreMarkedAsInTheSnippet()
    {
        var article = new Article { Id = "a", Title = "Hoa hậu Ngọc Khánh về thăm quê", Body = "Chuyến thăm kéo dài ba ngày." };
        using var searcher = new ArticleSearcher(TestArticles.Index([article]));

        var hit = searcher.Search(new SearchRequest { Query = "ngoc khanh" }).Hits.Single();

        Assert.Equal(["Ngọc Khánh"], hit.TitleHighlights.Select(r => hit.Title.Substring(r.Start, r.Length)));
        Assert.Empty(hit.Snippet!.Highlights);
    }

    [Fact]
    public void WordInTheHeadlineOnly_ShowsTheOpening()
    {
        // The headline the reader sees already holds the word: the snippet is the article's opening.
        var body = "Mở đầu bài. " + Filler + " " + Filler;
        var snippet = SnippetFor("Ngọc Khánh", new Article { Id = "a", Title = "Hoa hậu Ngọc Khánh", Body = body });

        Assert.Empty(snippet.Highlights);
        Assert.StartsWith("Mở đầu bài.", snippet.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ArticleFoundThroughAnotherReading_MarksThatReading()
    {
        // Too few articles write Láng Thượng for the search to keep to it: the one writing Lạng Thương is listed for it.
        var typed = new Article { Id = "a", Title = "Tin", Body = "Người dân phường Láng Thượng dọn vệ sinh." };
        var other = new Article { Id = "b", Title = "Tin lũ", Body = "Nước sông dâng cao ở Lạng Thương từ đêm qua." };
        using var searcher = new ArticleSearcher(TestArticles.Index([typed, other]));

        var hits = searcher.Search(new SearchRequest { Query = "Láng Thượng" }).Hits;

        Assert.Equal(["Láng Thượng"], Marked(hits.Single(h => h.Id == "a").Snippet!));
        Assert.Equal(["Lạng Thương"], Marked(hits.Single(h => h.Id == "b").Snippet!));
    }

    [Fact]
    public void TypedAsAName_ThePassageShown_IsWhereTheTextWritesTheName()
    {
        // Both are marked, but the passage shown is the lake's, not the success's that comes first.
        var snippet = LongTextSnippet("Thành Công", "Dự án đã thành công tốt đẹp.", "Chiều nay, người dân đi dạo quanh hồ Thành Công.");

        Assert.Contains("hồ Thành Công", snippet.Text, StringComparison.Ordinal);
        Assert.Contains("Thành Công", Marked(snippet));
    }

    [Fact]
    public void NotTypedAsAName_ThePassageShown_IsTheFirst()
    {
        var snippet = LongTextSnippet("thành công", "Dự án đã thành công tốt đẹp.", "Chiều nay, người dân đi dạo quanh hồ Thành Công.");

        Assert.Contains("Dự án đã thành công", snippet.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void WordsNeverTogether_AreMarkedAlone()
    {
        var article = new Article { Id = "a", Title = "Tin", Body = "Người dân đến hỏi; cán bộ vận hành máy." };

        Assert.Equal(["dân", "vận"], Marked(SnippetFor("dân vận", article)));
    }
}
