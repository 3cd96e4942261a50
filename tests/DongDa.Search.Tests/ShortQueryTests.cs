using DongDa.Search.Schema;

namespace DongDa.Search.Tests;

/// <summary>A short query is one word: the articles holding that word, in the reading typed, come first.</summary>
public class ShortQueryTests
{
    // Scattered syllables, repeated so that BM25 alone would prefer them.
    private static readonly Article Scattered = new()
    {
        Id = "scattered",
        Title = "Hội đồng kỷ luật cán bộ",
        Body = "Hội đồng kỷ luật họp xét cán bộ. Hội đồng nghe cán bộ trình bày; hội đồng quyết định kỷ luật cán bộ vi phạm.",
    };

    private static readonly Article Accented = new()
    {
        Id = "dong-bo",
        Title = "Triển khai phần mềm",
        Body = "Quận triển khai phần mềm quản lý văn bản, dữ liệu được đồng bộ giữa các phường trong năm nay.",
    };

    private static readonly Article OtherReading = new()
    {
        Id = "dong-bo-other",
        Title = "Chuyện lạ",
        Body = "Người dân kể chuyện cây cầu rung động bộ khung thép khi xe tải đi qua.",
    };

    private static readonly Article[] Archive = [Scattered, Accented, OtherReading];

    private static List<string> Ids(string query, IEnumerable<Article>? articles = null)
    {
        using var searcher = new ArticleSearcher(TestArticles.Index(articles ?? Archive));
        return [.. searcher.Search(new SearchRequest { Query = query }).Hits.Select(h => h.Id)];
    }

    /// <summary>
    /// Asserts that <paramref name="query"/> ranks <paramref name="whole"/> first, and <paramref name="apart"/> first with
    /// <paramref name="withoutTiers"/>: the test can fail, since without the tiers the headline and repetitions win.
    /// </summary>
    private static void AssertWholeFirst_ApartFirstWithout(string query, Article whole, Article apart, ArticleSearcherOptions withoutTiers)
    {
        using var directory = TestArticles.Index([apart, whole]);
        using var searcher = new ArticleSearcher(directory);
        using var without = new ArticleSearcher(directory, withoutTiers);

        Assert.Equal(whole.Id, searcher.Search(new SearchRequest { Query = query }).Hits[0].Id);
        Assert.Equal(apart.Id, without.Search(new SearchRequest { Query = query }).Hits[0].Id);
    }

    [Theory]
    [InlineData("đồng bộ")]
    [InlineData("ĐỒNG BỘ")]
    [InlineData("\u0111o\u0302\u0300ng bo\u0302\u0323")] // NFD
    public void AccentedWord_ReadingTypedFirst_ThenWrittenBare_OtherReadingNoNearerThanScattered(string query)
    {
        var writtenBare = new Article { Id = "dong-bo-bare", Title = "Phan mem moi", Body = "Du lieu duoc dong bo giua cac phuong." };

        // động bộ is another word: two of the query's words apart are as near as it.
        Assert.Equal(["dong-bo", "dong-bo-bare", "scattered", "dong-bo-other"], Ids(query, [.. Archive, writtenBare]));
    }

    [Fact]
    public void BareWord_AnyReadingTogether_AboveScattered()
        => Assert.Equal(["dong-bo", "dong-bo-other", "scattered"], Ids("dong bo"));

    [Theory]
    [InlineData("dong bo")]
    [InlineData("đồng bộ")]
    public void WordInTheHeadline_RanksAboveOneOfItsSyllablesInTheHeadline(string query)
    {
        // Both write đồng bộ in their text, the second more often and under a short headline; only the first headline
        // holds the word: the "bộ" of "Lỗi bộ nhớ" is another word.
        var inHeadline = new Article
        {
            Id = "word",
            Title = "Kinh tế tư nhân của các tỉnh miền núi phía bắc cần một chính sách đồng bộ và minh bạch hơn",
            Body = "Ngân hàng Phát triển châu Á vừa đưa ra khuyến nghị về kinh tế tư nhân, trong đó có giải pháp đồng bộ cho các tỉnh.",
        };
        var syllable = new Article
        {
            Id = "syllable",
            Title = "Lỗi bộ nhớ",
            Body = "Lỗi đồng bộ đồng hồ; đồng bộ dữ liệu; đồng bộ hóa.",
        };
        var others = Enumerable.Range(0, 8).Select(i => new Article { Id = $"other-{i}", Title = $"Tin số {i}", Body = "Công việc được triển khai đồng bộ." });

        Assert.Equal(["word", "syllable"], Ids(query, [syllable, inHeadline, .. others]).Take(2));
    }

    [Fact]
    public void AccentedOtherReading_FindsThatReadingFirst()
        => Assert.Equal("dong-bo-other", Ids("động bộ")[0]);

    [Fact]
    public void UnaccentedWord_MostFrequentReadingOfTheArchiveFirst()
    {
        // Two articles write đồng bộ, one động bộ: without accents, đồng bộ is what the archive means.
        var second = Accented with { Id = "dong-bo-2", Body = "Hệ thống camera được đồng bộ với trung tâm điều hành của quận." };

        var ids = Ids("dong bo", [Scattered, OtherReading, Accented, second]);

        Assert.Equal(["dong-bo", "dong-bo-2"], ids.Take(2).Order());
        Assert.Equal(["dong-bo-other", "scattered"], ids.Skip(2));
    }

    [Fact]
    public void HalfAccentedWord_KeepsTheAccentTyped()
        => Assert.Equal("dong-bo-other", Ids("động bo")[0]);

    private static readonly int MinHits = new ArticleSearcherOptions().ShortQueryMinHits;

    /// <summary>Ten district reports that write đồng bộ, each in its own sentence.</summary>
    // The word three times (BM25 prefers it) against the name once.
    private static readonly Article Youth = new()
    {
        Id = "youth",
        Title = "Sống khỏe",
        Body = "Giữ tuổi thanh xuân bằng thể thao: thanh xuân qua nhanh, hãy sống trọn thanh xuân.",
    };

    private static readonly Article District = new()
    {
        Id = "district",
        Title = "Tin phường",
        Body = "Người dân quận Thanh Xuân dọn vệ sinh đường phố và trồng thêm cây xanh dọc các tuyến phố lớn của thành phố.",
    };

    [Theory]
    [InlineData("Thanh Xuân")]
    [InlineData("Thanh Xuan")]
    public void TypedAsAName_ArticleWritingTheName_RanksFirst(string query)
        => Assert.Equal(["district", "youth"], Ids(query, [Youth, District]));

    [Theory]
    [InlineData("thanh xuân")]
    [InlineData("THANH XUÂN")]
    [InlineData("Thanh xuân")]
    public void NotTypedAsAName_RanksByTheWordAlone(string query)
        => Assert.Equal(["youth", "district"], Ids(query, [Youth, District]));

    private static IEnumerable<Article> WrittenTogether(int count, string words = "đồng bộ") => Enumerable.Range(1, count).Select(i => new Article
    {
        Id = $"together-{i}",
        Title = $"Báo cáo số {i}",
        Body = $"Phường thứ {i} báo cáo dữ liệu dân cư được {words} với hệ thống của quận.",
    });

    [Theory]
    [InlineData("đồng bộ")]
    [InlineData("dong bo")]
    [InlineData("đồng bo")]
    public void EnoughArticlesHoldTheWord_SyllablesApartAreNoAnswer(string query)
    {
        using var searcher = new ArticleSearcher(TestArticles.Index([Scattered, .. WrittenTogether(MinHits)]));

        var results = searcher.Search(new SearchRequest { Query = query, PageSize = 20 });

        Assert.Equal(MinHits, results.Total);
        Assert.DoesNotContain("scattered", results.Hits.Select(h => h.Id));
    }

    /// <summary>A report that holds the four syllables of an toàn giao thông, but never side by side.</summary>
    private static readonly Article FourApart = new()
    {
        Id = "four-apart",
        Title = "Giao ban an ninh",
        Body = "Buổi giao ban bàn về an ninh; thông tin về giao thông và sự an toàn của trường học được nêu.",
    };

    [Theory]
    [InlineData("an toàn giao thông")]
    [InlineData("an toan giao thong")]
    public void FourSyllableTerm_EnoughArticlesHoldIt_SyllablesApartAreNoAnswer(string query)
    {
        // A term of four syllables (an toàn giao thông, bảo hiểm xã hội, ủy ban nhân dân) is asked for as one, too.
        using var searcher = new ArticleSearcher(TestArticles.Index([FourApart, .. WrittenTogether(MinHits, "an toàn giao thông")]));

        var results = searcher.Search(new SearchRequest { Query = query, PageSize = 20 });

        Assert.Equal(MinHits, results.Total);
        Assert.DoesNotContain("four-apart", results.Hits.Select(h => h.Id));
    }

    [Fact]
    public void FourWords_TwoWordsOfCommonSyllables_AreNotRequiredWhole()
    {
        // "học phí đại học" is two words (tuition, university): a report on tuition at a university that never writes
        // them side by side is an answer, however many articles write the four together.
        var apart = new Article { Id = "apart", Title = "Tin giáo dục", Body = "Mức học phí năm nay ở các trường đại học đều tăng." };
        using var searcher = new ArticleSearcher(TestArticles.Index([apart, .. WrittenTogether(MinHits, "học phí đại học")]));

        Assert.Contains("apart", searcher.Search(new SearchRequest { Query = "học phí đại học", PageSize = 20 }).Hits.Select(h => h.Id));
    }

    [Fact]
    public void FourSyllableTerm_WithAnAbbreviation_ArticleWritingTheAbbreviationIsAnAnswer()
    {
        var abbreviated = new Article { Id = "atgt", Title = "Tháng ATGT", Body = "Quận phát động tháng ATGT cho học sinh." };
        using var searcher = new ArticleSearcher(TestArticles.Index([FourApart, abbreviated, .. WrittenTogether(MinHits, "an toàn giao thông")]));

        var ids = searcher.Search(new SearchRequest { Query = "an toan giao thong", PageSize = 20 }).Hits.Select(h => h.Id).ToList();

        Assert.Equal(MinHits + 1, ids.Count);
        Assert.Contains("atgt", ids);
    }

    [Fact]
    public void FourSyllableName_WrittenWithADash_IsNotRequiredWhole()
    {
        // Kinh tế - xã hội (KT-XH) is written with its dash as often as without: no pair across the dash is required.
        var dashed = new Article { Id = "dashed", Title = "Tin quận", Body = "Quận họp bàn phát triển kinh tế - xã hội năm tới." };
        using var searcher = new ArticleSearcher(TestArticles.Index([dashed, .. WrittenTogether(MinHits, "kinh tế xã hội")]));

        Assert.Contains("dashed", searcher.Search(new SearchRequest { Query = "kinh te xa hoi", PageSize = 20 }).Hits.Select(h => h.Id));
    }

    /// <summary>Two hundred and fifty reports about other things: in an archive, a place name's syllables are rare.</summary>
    private static IEnumerable<Article> OtherReports() => Enumerable.Range(1, 250).Select(i => new Article
    {
        Id = $"other-{i}",
        Title = $"Tin số {i}",
        Body = $"Phường thứ {i} họp dân bàn việc sửa đường và dọn vệ sinh.",
    });

    [Theory]
    [InlineData("ba ria vung tau", "Bà Rịa Vũng Tàu", "Bà Rịa - Vũng Tàu")]
    [InlineData("Bà Rịa Vũng Tàu", "Bà Rịa Vũng Tàu", "Bà Rịa-Vũng Tàu")]
    [InlineData("thua thien hue", "Thừa Thiên Huế", "Thừa Thiên - Huế")]
    public void NameOfRareSyllables_WrittenWithADash_IsFoundWithTheOthers(string query, string plain, string dashed)
    {
        // Pairs stop at a dash; the name's words in sequence do not, and a rare syllable makes them cheap to find.
        var withDash = new Article { Id = "dashed", Title = "Tin tỉnh", Body = $"Đoàn công tác của tỉnh {dashed} đến thăm quận." };
        var apart = new Article { Id = "apart", Title = "Tin tỉnh", Body = $"Ông {plain.Split(' ')[0]} kể chuyện; {string.Join(" và ", plain.Split(' ').Skip(1))} được nhắc." };
        using var searcher = new ArticleSearcher(TestArticles.Index([withDash, apart, .. WrittenTogether(MinHits, plain), .. OtherReports()]));

        var ids = searcher.Search(new SearchRequest { Query = query, PageSize = 20 }).Hits.Select(h => h.Id).ToList();

        Assert.Contains("dashed", ids);
        Assert.DoesNotContain("apart", ids);
        Assert.Equal(MinHits + 1, ids.Count);
    }

    [Fact]
    public void FourSyllableTerm_TooFewHoldIt_SyllablesApartAreFoundToo()
    {
        using var searcher = new ArticleSearcher(TestArticles.Index([FourApart, .. WrittenTogether(MinHits - 1, "an toàn giao thông")]));

        var ids = searcher.Search(new SearchRequest { Query = "an toan giao thong", PageSize = 20 }).Hits.Select(h => h.Id).ToList();

        Assert.Equal(MinHits, ids.Count);
        Assert.Contains("four-apart", ids);
    }

    [Fact]
    public void AccentedWord_EnoughArticlesWriteIt_AnotherReadingIsNoAnswer()
    {
        using var searcher = new ArticleSearcher(TestArticles.Index([OtherReading, .. WrittenTogether(MinHits)]));

        Assert.DoesNotContain("dong-bo-other", searcher.Search(new SearchRequest { Query = "đồng bộ", PageSize = 20 }).Hits.Select(h => h.Id));
        // Typed bare, the reading is the engine's guess: every reading is found, the archive's most frequent first.
        Assert.Equal("dong-bo-other", searcher.Search(new SearchRequest { Query = "dong bo", PageSize = 20 }).Hits[^1].Id);
    }

    // "bão" is a storm; báo (a newspaper), bảo, bao fold alike and are in most articles.
    private static readonly Article Newspaper = new() { Id = "bao-other", Title = "Tin vắn", Body = "Báo chí đưa tin bao giờ khai mạc lễ hội." };

    private static IEnumerable<Article> Storms(int count) => Enumerable.Range(1, count).Select(i => new Article
    {
        Id = $"storm-{i}",
        Title = $"Thời tiết ngày {i}",
        Body = $"Cơn bão số {i} đổ bộ vào ven biển, người dân được sơ tán.",
    });

    [Fact]
    public void OneAccentedSyllable_EnoughArticlesWriteIt_OtherReadingsAreNoAnswer()
    {
        using var searcher = new ArticleSearcher(TestArticles.Index([Newspaper, .. Storms(MinHits)]));

        var results = searcher.Search(new SearchRequest { Query = "bão", PageSize = 20 });

        Assert.DoesNotContain("bao-other", results.Hits.Select(h => h.Id));
        Assert.Equal(MinHits, results.Total);
        // Typed bare, it is any reading.
        Assert.Contains("bao-other", searcher.Search(new SearchRequest { Query = "bao", PageSize = 20 }).Hits.Select(h => h.Id));
    }

    [Fact]
    public void OneAccentedSyllable_TooFewWriteIt_OtherReadingsFollow()
    {
        using var searcher = new ArticleSearcher(TestArticles.Index([Newspaper, .. Storms(MinHits - 1)]));

        var ids = searcher.Search(new SearchRequest { Query = "bão", PageSize = 20 }).Hits.Select(h => h.Id).ToList();

        Assert.Equal(MinHits, ids.Count);
        Assert.Equal("bao-other", ids[^1]);
    }

    [Fact]
    public void AccentedSyllableBesideANumber_EnoughArticlesWriteIt_OtherReadingsAreNoAnswer()
    {
        // A number pairs with no word, so "bão" stands alone in "bão 2005" and names one word as it does alone.
        var newspaper = Newspaper with { Body = "Báo chí năm 2005 đưa tin bao giờ khai mạc lễ hội." };
        var storms = Storms(MinHits).Select(a => a with { Body = a.Body + " Năm 2005 có nhiều bão." });
        using var searcher = new ArticleSearcher(TestArticles.Index([newspaper, .. storms]));

        var results = searcher.Search(new SearchRequest { Query = "bão 2005", PageSize = 20 });

        Assert.Equal(MinHits, results.Total);
        Assert.DoesNotContain("bao-other", results.Hits.Select(h => h.Id));
    }

    [Theory]
    [InlineData("bão -lũ")]
    [InlineData("-lũ bão")]
    public void OneAccentedSyllable_WithAWordExcluded_ExclusionOnlyTakesAway(string query)
    {
        var flood = new Article { Id = "storm-flood", Title = "Miền Trung", Body = "Cơn bão kèm lũ lớn gây ngập nhiều xã." };
        using var searcher = new ArticleSearcher(TestArticles.Index([Newspaper, flood, .. Storms(MinHits)]));

        var results = searcher.Search(new SearchRequest { Query = query, PageSize = 20 });

        Assert.Equal(MinHits, results.Total);
        Assert.DoesNotContain("bao-other", results.Hits.Select(h => h.Id));
    }

    [Fact]
    public void Word_WithAWordExcluded_SyllablesApartAreStillNoAnswer()
    {
        using var searcher = new ArticleSearcher(TestArticles.Index([Scattered, OtherReading, .. WrittenTogether(MinHits)]));

        var ids = searcher.Search(new SearchRequest { Query = "đồng bộ -thép", PageSize = 20 }).Hits.Select(h => h.Id).ToList();

        Assert.Equal(MinHits, ids.Count);
        Assert.DoesNotContain("scattered", ids);
    }

    [Fact]
    public void OneAbbreviation_WithAccents_LongFormStillFound()
    {
        var longForm = new Article { Id = "long-form", Title = "Kỳ họp", Body = "Hội đồng nhân dân quận khai mạc kỳ họp cuối năm." };
        using var searcher = new ArticleSearcher(TestArticles.Index([longForm, .. WrittenTogether(MinHits, "HĐND")]));

        Assert.Contains("long-form", searcher.Search(new SearchRequest { Query = "HĐND", PageSize = 20 }).Hits.Select(h => h.Id));
    }

    [Fact]
    public void AccentedQueryWithABareWord_ThatReadingOnly()
    {
        // "do" has no accent to type: "tự do" names one reading, and từ đó folds alike.
        var fromThere = new Article { Id = "tu-do-other", Title = "Họp tổ dân phố", Body = "Tổ dân phố họp từ đó đến nay vẫn đều đặn." };
        using var searcher = new ArticleSearcher(TestArticles.Index([fromThere, .. WrittenTogether(MinHits, "tự do")]));

        Assert.DoesNotContain("tu-do-other", searcher.Search(new SearchRequest { Query = "tự do", PageSize = 20 }).Hits.Select(h => h.Id));
        Assert.Contains("tu-do-other", searcher.Search(new SearchRequest { Query = "tu do", PageSize = 20 }).Hits.Select(h => h.Id));
    }

    [Fact]
    public void TooFewHoldTheWordInTheFilter_SyllablesApartFollow()
    {
        // The category keeps one article that writes the word: the others that hold its syllables apart come after it.
        var inCategory = WrittenTogether(MinHits).Select((a, i) => a with { Category = i == 0 ? "Chính quyền" : "Kinh tế" });
        using var searcher = new ArticleSearcher(TestArticles.Index([Scattered with { Category = "Chính quyền" }, .. inCategory]));

        var ids = searcher.Search(new SearchRequest { Query = "đồng bộ", Category = "chinh quyen" }).Hits.Select(h => h.Id);

        Assert.Equal(["together-1", "scattered"], ids);
    }

    [Theory]
    [InlineData("dong bo")]
    [InlineData("đồng bộ")]
    public void WordOnlyInTheHeadline_ItsSyllablesApartInTheTextAreNotMarked(string query)
    {
        var inHeadline = new Article
        {
            Id = "headline",
            Title = "Dữ liệu dân cư được đồng bộ",
            Body = "Bộ Nội vụ đã có văn bản hướng dẫn. Các cán bộ phường đồng loạt rà soát danh sách.",
        };
        using var searcher = new ArticleSearcher(TestArticles.Index([inHeadline, .. WrittenTogether(MinHits)]));

        var hit = searcher.Search(new SearchRequest { Query = query, PageSize = 20 }).Hits.Single(h => h.Id == "headline");

        Assert.Empty(hit.Snippet!.Highlights);
        Assert.StartsWith("Bộ Nội vụ", hit.Snippet.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void FewArticlesHoldTheWord_SyllablesApartAreMarkedInTheOthers()
    {
        using var searcher = new ArticleSearcher(TestArticles.Index([Scattered, Accented]));

        var hit = searcher.Search(new SearchRequest { Query = "đồng bộ" }).Hits.Single(h => h.Id == "scattered");

        Assert.NotEmpty(hit.Snippet!.Highlights);
    }

    [Fact]
    public void Abbreviation_LongFormApartFromTheNextWordStillFound()
    {
        // "UBND phường" is also written "Ủy ban nhân dân phường": no pair of the abbreviation is required.
        var longForm = new Article { Id = "long-form", Title = "Tiếp dân", Body = "Ủy ban nhân dân phường Láng Hạ tiếp công dân sáng thứ năm." };
        using var searcher = new ArticleSearcher(TestArticles.Index([longForm, .. WrittenTogether(MinHits, "UBND phường")]));

        Assert.Contains("long-form", searcher.Search(new SearchRequest { Query = "UBND phường", PageSize = 20 }).Hits.Select(h => h.Id));
    }

    [Fact]
    public void Abbreviation_TheOtherWordsAreStillOneWord()
    {
        // VN may be written Việt Nam, but "lần đầu" is one word: an article holding its syllables apart is no answer.
        var longForm = new Article { Id = "long-form", Title = "Bóng đá", Body = "Việt Nam lần đầu vào chung kết giải trẻ." };
        var apart = new Article { Id = "apart", Title = "Tin vắn", Body = "VN lần thứ hai đăng cai, đầu năm sau khởi công sân mới." };
        using var searcher = new ArticleSearcher(TestArticles.Index([longForm, apart, .. WrittenTogether(MinHits, "VN lần đầu")]));

        var results = searcher.Search(new SearchRequest { Query = "VN lần đầu", PageSize = 20 });

        Assert.Contains("long-form", results.Hits.Select(h => h.Id));
        Assert.DoesNotContain("apart", results.Hits.Select(h => h.Id));
        Assert.Equal(MinHits + 1, results.Total);
    }

    [Fact]
    public void TermOfFourSyllables_ArticleHoldingItWhole_RanksFirst()
    {
        // Four common syllables rank as a longer query does; an article holding the term whole still comes first.
        var whole = new Article { Id = "whole", Title = "Hội thảo", Body = "Các chuyên gia bàn về quy hoạch đô thị của thủ đô." };
        var apart = new Article
        {
            Id = "apart",
            Title = "Quy hoạch khu đô thị mới",
            Body = "Quy hoạch chi tiết khu đô thị mới được duyệt. Quy hoạch này mở rộng đô thị về phía tây; đô thị có thêm công viên.",
        };
        // The tiers: every pair held, the words side by side.
        AssertWholeFirst_ApartFirstWithout("quy hoach do thi", whole, apart, new ArticleSearcherOptions { WholeRunTier = 0, ShortQueryRunTier = 0 });
    }

    [Fact]
    public void WordsTogether_RankAboveScatteredWords_InAnotherWord()
    {
        var palace = new Article { Id = "cung-dien", Title = "Di tích", Body = "Khách tham quan cung điện cổ của triều Nguyễn ở Huế." };
        var supply = new Article
        {
            Id = "cung-ung",
            Title = "Cung ứng điện",
            Body = "Cung ứng linh kiện điện tử cho nhà máy, cung ứng điện ổn định, cung ứng vật tư điện.",
        };

        Assert.Equal(["cung-dien", "cung-ung"], Ids("cung điện", [supply, palace]));
    }

    [Theory]
    [InlineData("Q. Ba Đình")]
    [InlineData("Q.Ba Đình")]
    [InlineData("quận Ba Đình")]
    [InlineData("Q. ba dinh")]
    public void AddressAbbreviation_BeforeAName_IsTheDistrict(string query)
    {
        // Q. is quận (a district) before its name, and quận Ba Đình is also written Q. Ba Đình: both rank above a
        // listing of addresses in other districts that names Ba Đình elsewhere, however often it writes Q. (Ba Đình is
        // common, Q. rarer: BM25 alone ranks the listing first). Q. is never quán, which folds alike.
        var listing = new Article
        {
            Id = "listing",
            Title = "Nhà sách bán sách mới",
            Body = "Nhà sách Tiền Phong, Q.1; nhà sách Phương Nam, Q.3; nhà sách Bến Thành, Q.5; nhà sách Thăng Long, Q.10; "
                + "nhà sách Sài Gòn, Q.11. Ở Hà Nội, sách bán ở Ba Đình.",
        };
        var abbreviated = new Article { Id = "abbreviated", Title = "Hội thảo du học", Body = "Địa chỉ liên hệ: 13 Liễu Giai, Q. Ba Đình, Hà Nội." };
        // Enough articles write quận Ba Đình for a short query to require it (ShortQueryMinHits), as in the archive.
        var written = Enumerable.Range(0, 10).Select(i => new Article { Id = $"written{i}", Title = "Tin vắn", Body = $"Công an quận Ba Đình bắt nhóm trộm số {i}." });
        var others = Enumerable.Range(0, 8).Select(i => new Article { Id = $"other{i}", Title = "Tin", Body = $"Lễ hội số {i} ở Ba Đình, Hà Nội." });
        var eatery = new Article { Id = "eatery", Title = "Ẩm thực", Body = "Quán phở ngon nhất ở Ba Đình, Hà Nội." };
        using var searcher = new ArticleSearcher(TestArticles.Index([listing, abbreviated, eatery, .. written, .. others]));

        var ids = searcher.Search(new SearchRequest { Query = query, PageSize = 50 }).Hits.Select(h => h.Id).ToList();

        Assert.Equal(11, ids.TakeWhile(id => id != "listing").Count(id => id == "abbreviated" || id.StartsWith("written", StringComparison.Ordinal)));
        // The eatery names Ba Đình beside Hà Nội, so the name alone finds it, but below the district: Quán is not Q.
        Assert.DoesNotContain("eatery", ids.Take(11));
    }

    [Theory]
    [InlineData("nhà văn hóa")]
    [InlineData("nha van hoa")]
    public void ThreeSyllableWord_ArticleHoldingItWhole_RanksAboveOneHoldingItsPairsApart(string query)
    {
        // A cultural house (nhà văn hóa) is neither a writer (nhà văn) nor culture (văn hóa): an article writing both
        // pairs apart, however often, ranks below one that writes the word.
        var whole = new Article { Id = "whole", Title = "Tin phường", Body = "Phường khánh thành nhà văn hóa mới cho tổ dân phố." };
        var apart = new Article
        {
            Id = "apart",
            Title = "Nhà văn và văn hóa đọc",
            Body = "Nhà văn trẻ bàn về văn hóa đọc. Nhà văn nói văn hóa đọc cần nhà văn viết hay; văn hóa là gốc.",
        };
        AssertWholeFirst_ApartFirstWithout(query, whole, apart, new ArticleSearcherOptions { ShortQueryRunTier = 0 });
    }

    [Fact]
    public void TermOfFourSyllables_ArticleHoldingItWhole_RanksAboveOneHoldingItsPairsApart()
    {
        // A consulate (tổng lãnh sự quán) is not a consul general (tổng lãnh sự) beside a consulate (lãnh sự quán):
        // the second article holds all three pairs, but not the term.
        var whole = new Article { Id = "whole", Title = "Tin", Body = "Khách đến tổng lãnh sự quán làm thị thực." };
        var apart = new Article
        {
            Id = "apart",
            Title = "Tổng lãnh sự và lãnh sự quán",
            Body = "Tổng lãnh sự Canada thăm lãnh sự quán Anh. Tổng lãnh sự nói lãnh sự quán sẽ mở cửa; tổng lãnh sự cảm ơn.",
        };
        AssertWholeFirst_ApartFirstWithout("tổng lãnh sự quán", whole, apart, new ArticleSearcherOptions { ShortQueryRunTier = 0 });
    }

    [Theory]
    [InlineData("nghị định 100")]
    [InlineData("nghi dinh 100")]
    public void Search_WordsBesideANumber_ArticlesWritingThemTogetherFirst(string query)
    {
        // A number is no syllable, so no pair tier sees it beside the words: "Nghị định 100" is a decree, "nghị định"
        // and "100" apart are any decree and any hundred.
        Article[] articles =
        [
            new() { Id = "apart", Title = "Nghị định mới về nghị định", Body = "Nghị định mới có 100 điều; nghị định thay thế nghị định cũ." },
            new() { Id = "together", Title = "Mức phạt giao thông", Body = "Theo Nghị định 100, lái xe vi phạm bị phạt nặng hơn." },
        ];

        Assert.Equal(["together", "apart"], Ids(query, articles));
    }
}
