using DongDa.Search.Schema;

namespace DongDa.Search.Tests.Navigate;

public sealed class PlaceSearchTests : IDisposable
{
    private static readonly Article[] Articles =
    [
        new() { Id = "new-lang", Title = "Phường Láng ra mắt", Body = "UBND phường Láng tổ chức lễ ra mắt bộ máy mới sau sắp xếp đơn vị hành chính." },
        new() { Id = "old-lang-thuong", Title = "Dọn vệ sinh ngõ xóm", Body = "Phường Láng Thượng ra quân dọn vệ sinh môi trường các ngõ xóm." },
        new() { Id = "old-lang-ha", Title = "Trật tự vỉa hè", Body = "Công an phường Láng Hạ xử lý lấn chiếm vỉa hè trên đường Thái Hà." },
        new() { Id = "herb", Title = "Rau húng Láng", Body = "Húng Láng thơm dịu, trồng ở làng Láng từ xưa." },
        new() { Id = "old-district", Title = "Quận Đống Đa tổng kết năm", Body = "Quận Đống Đa tổng kết công tác năm 2019." },
        new() { Id = "new-o-cho-dua", Title = "Phường Ô Chợ Dừa khánh thành nhà văn hóa", Body = "Nhà văn hóa mới của phường Ô Chợ Dừa được đưa vào sử dụng." },
        new() { Id = "kim-market", Title = "Chợ Kim Liên", Body = "Chợ Kim Liên sửa chữa mái che; kim chỉ bán ở gian hàng số 3." },
        new() { Id = "other-district", Title = "UBND quận Gò Vấp họp", Body = "UBND quận Gò Vấp họp bàn; UBND quận giao nhiệm vụ cho UBND các phường." },
        new() { Id = "district-street", Title = "Sửa đường", Body = "Đường Tây Sơn thuộc quận Đống Đa đã sửa xong." },
        new() { Id = "typed-ha-dong", Title = "UBND quận Hà Đông họp", Body = "UBND quận Hà Đông họp bàn kế hoạch năm." },
        new() { Id = "town-ha-dong", Title = "Mở rộng đường Quang Trung", Body = "Thị xã Hà Đông, tỉnh Hà Tây, mở rộng đường Quang Trung." },
        new() { Id = "successor-kien-hung", Title = "Chợ mới", Body = "Chợ mới của phường Kiến Hưng mở cửa." },
        new() { Id = "hanoi-kim-lien", Title = "Khu tập thể cải tạo", Body = "Khu tập thể Kim Liên ở Hà Nội sẽ được cải tạo." },
        new() { Id = "district-thanh-xuan", Title = "Công viên mới", Body = "Quận Thanh Xuân, Hà Nội khánh thành công viên mới." },
        new() { Id = "typed-kim-lien", Title = "Phường Kim Liên họp dân", Body = "Phường Kim Liên họp dân. Cán bộ phường Kim Liên lắng nghe ý kiến." },
        new() { Id = "typed-kim-lien-in-hanoi", Title = "Tin ngắn", Body = "Ở Hà Nội, phường Kim Liên có thêm vườn hoa." },
        new() { Id = "dong-anh-seat", Title = "Chợ Tó đông vui", Body = "Chợ Tó ở thị trấn Đông Anh, Hà Nội đông vui ngày Tết." },
        new() { Id = "nghe-an-kim-lien", Title = "Về quê Bác", Body = "Xã Kim Liên, huyện Nam Đàn, tỉnh Nghệ An đón khách về thăm quê Bác." },
        // Everyday words that fold to "dong" and "da": without accents, those two words are in most articles.
        new() { Id = "filler-1", Title = "Hội đồng đã họp", Body = "Hội đồng đã họp và đồng ý." },
        new() { Id = "filler-2", Title = "Hoạt động hè", Body = "Hoạt động hè đã bắt đầu, trẻ em da dẻ hồng hào." },
        new() { Id = "filler-3", Title = "Đồng hồ", Body = "Chiếc đồng hồ dây da đã cũ." },
        new() { Id = "filler-4", Title = "Lao động", Body = "Người lao động đã về quê đón Tết đông vui." },
    ];

    private readonly Lucene.Net.Store.RAMDirectory _directory = TestArticles.Index(Articles);
    private readonly ArticleSearcher _searcher;

    public PlaceSearchTests() => _searcher = new ArticleSearcher(_directory);

    public void Dispose()
    {
        _searcher.Dispose();
        _directory.Dispose();
    }

    private SearchResults Search(string query) => _searcher.Search(new SearchRequest { Query = query, PageSize = 20 });

    [Theory]
    [InlineData("phường Láng")]
    [InlineData("phuong Lang")]
    [InlineData("P. Láng")]
    public void Search_NewWard_AlsoFindsItsFormerWards_BelowTheNameTyped(string query)
    {
        var results = Search(query);
        var ids = results.Hits.Select(h => h.Id).ToList();

        Assert.Equal("new-lang", ids[0]);
        Assert.Equal(["old-lang-ha", "old-lang-thuong"], ids.Skip(1).Take(2).Order(StringComparer.Ordinal));
        Assert.DoesNotContain("herb", ids);
        Assert.Contains(results.Notes, n => n.StartsWith("Phường Láng (từ 1/7/2025) gồm phường Láng Thượng", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("phường Láng Thượng")]
    [InlineData("phuong Lang Thuong")]
    public void Search_OldWard_AlsoFindsItsSuccessor_Below(string query)
    {
        var ids = Search(query).Hits.Select(h => h.Id).ToList();

        Assert.Equal(["old-lang-thuong", "new-lang"], ids.Take(2));
    }

    [Theory]
    [InlineData("\"phường Láng\"")]
    [InlineData("“phường Láng”")]
    public void Search_QuotedPlace_FindsWhatThePlaceFinds(string query)
    {
        // The same as typed without quotes, less the articles holding only its words apart ("phường" in another name).
        var results = Search(query);

        Assert.Empty(results.Warnings);
        Assert.Equal(["new-lang", "old-lang-thuong", "old-lang-ha"], results.Hits.Select(h => h.Id));
    }

    [Fact]
    public void Search_PlaceInsideALongerPhrase_FormerNamesTakeItsPlaceInThePhrase()
    {
        // "UBND phường Láng Hạ", not "UBND "phường Láng Hạ"": the quotes stay balanced and no word is searched alone.
        var results = Search("\"UBND phường Láng\"");
        Assert.Empty(results.Warnings);
        Assert.Equal(["new-lang"], results.Hits.Select(h => h.Id));
    }

    [Fact]
    public void Search_District_FindsTheNewWardsThatTookIt_Below()
    {
        var results = Search("quận Đống Đa");
        var ids = results.Hits.Select(h => h.Id).ToList();

        Assert.Equal("old-district", ids[0]);
        Assert.Contains("new-o-cho-dua", ids);
        Assert.Contains("new-lang", ids);
        Assert.StartsWith("Quận Đống Đa (đến 30/6/2025)", results.Notes[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UBND quận Đống Đa")]
    [InlineData("ubnd quan dong da")]
    [InlineData("UBND quan dong da")]
    public void Search_LongerQueryNamingAPlace_RanksArticlesNamingItAsTypedFirst(string query)
    {
        // The other district's article holds UBND and quận many times; the one naming quận Đống Đa once, and no UBND,
        // still comes before it.
        var ids = Search(query).Hits.Select(h => h.Id).ToList();

        Assert.Contains("other-district", ids);
        Assert.True(ids.IndexOf("district-street") < ids.IndexOf("other-district"), string.Join(", ", ids));
    }

    [Theory]
    [InlineData("quận Hà Đông")]
    [InlineData("quan ha dong")]
    public void Search_PlaceNamedWithAnotherKind_RanksBetweenTheKindTypedAndTheNewWards(string query)
    {
        // Hà Đông was a thị xã of Hà Tây until 2008: the same place by its name, where its later wards are other names.
        var results = Search(query);

        Assert.Equal(["typed-ha-dong", "town-ha-dong", "successor-kien-hung"], results.Hits.Select(h => h.Id).Take(3));
        Assert.Contains("Tìm cả bài chỉ ghi tên Hà Đông, không kèm chữ “quận” hoặc với cấp khác (xếp sau kết quả có tên đã gõ).", results.Notes);
    }

    [Fact]
    public void Search_NameAlsoUsedInAnotherProvince_AloneCountsOnlyBesideHaNoi()
    {
        var ids = Search("phường Kim Liên").Hits.Select(h => h.Id).ToList();

        Assert.Contains("hanoi-kim-lien", ids);
        Assert.DoesNotContain("nghe-an-kim-lien", ids);
        // The name's tier is for articles not naming the place as typed; among those, their own scores decide.
        Assert.Equal(["typed-kim-lien", "typed-kim-lien-in-hanoi", "hanoi-kim-lien"], ids.Take(3));
    }

    [Fact]
    public void Search_DistrictWhoseSeatBearsItsName_FindsArticlesNamingTheSeat()
    {
        var hit = Search("huyện Đông Anh").Hits.SingleOrDefault(h => h.Id == "dong-anh-seat");

        Assert.NotNull(hit);
        Assert.True(hit.Score >= Places.PlaceQueryExpansion.NameTier);
    }

    [Fact]
    public void Search_NameOfAnotherHanoiUnitToo_AloneIsNotThePlace()
    {
        // Sóc Sơn has a xã Thanh Xuân; quận Thanh Xuân is another place, found (if at all) only through the words; the
        // archive here writes neither with its kind often enough to say which the name alone means.
        var hit = Search("xã Thanh Xuân").Hits.SingleOrDefault(h => h.Id == "district-thanh-xuan");

        Assert.True(hit is null || hit.Score < Places.PlaceQueryExpansion.NameTier, hit?.Score.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(Search("quận Hà Đông").Hits.Single(h => h.Id == "town-ha-dong").Score >= Places.PlaceQueryExpansion.NameTier);
    }

    [Fact]
    public void Search_NameOfAnotherHanoiUnitToo_MeansTheOneTheArchiveWritesFarMoreOften()
    {
        // The archive writes quận Thanh Xuân often and xã Thanh Xuân (Sóc Sơn) never: Thanh Xuân alone is the district.
        var district = Enumerable.Range(0, Places.PlaceQueryExpansion.MinWritten)
            .Select(i => new Article { Id = $"district-{i}", Title = "Tin quận", Body = $"Quận Thanh Xuân họp bàn việc số {i}." });
        var nameOnly = new Article { Id = "name-only", Title = "Bầu cử", Body = "Cử tri Thanh Xuân, Hà Nội đi bầu cử từ sớm." };
        using var directory = TestArticles.Index([.. district, nameOnly]);
        using var searcher = new ArticleSearcher(directory);

        float ScoreOfNameOnly(string query) => searcher.Search(new SearchRequest { Query = query, PageSize = 20 }).Hits.SingleOrDefault(h => h.Id == "name-only")?.Score ?? 0;

        Assert.True(ScoreOfNameOnly("quận Thanh Xuân") >= Places.PlaceQueryExpansion.NameTier);
        Assert.True(ScoreOfNameOnly("xã Thanh Xuân") < Places.PlaceQueryExpansion.NameTier);
    }

    [Fact]
    public void Search_OtherNameWithoutItsKind_CountsOnlyWrittenAsAName()
    {
        // Phường Nguyễn Du went to phường Cửa Nam in 2025; "cửa nam" in lower case is a south gate, not the ward.
        Article[] articles =
        [
            new() { Id = "ward", Title = "Tin phường", Body = "Phường Cửa Nam khánh thành nhà văn hóa." },
            new() { Id = "gate", Title = "Tai nạn trong hầm", Body = "Xe tải hỏng ở cửa nam hầm đường bộ Hải Vân." },
        ];
        using var directory = TestArticles.Index(articles);
        using var searcher = new ArticleSearcher(directory);

        var results = searcher.Search(new SearchRequest { Query = "phường Nguyễn Du", PageSize = 20 });

        Assert.Equal(["ward"], results.Hits.Select(h => h.Id));
    }

    [Fact]
    public void Search_PlaceAsTypedInTheProvinceOfANamesake_IsNotTheHanoiPlace()
    {
        // Bình Định has a phường Đống Đa in Quy Nhơn. The notes say the query is read as Hà Nội's ward: an article naming
        // the ward with Quy Nhơn or Bình Định and not Hà Nội is about the other one. A local report naming no city stays.
        Article[] articles =
        [
            new() { Id = "quy-nhon", Title = "Tháp Đôi đón khách", Body = "Tháp Đôi ở phường Đống Đa, TP Quy Nhơn, Bình Định đón nhiều khách." },
            new() { Id = "local", Title = "Ra mắt phường mới", Body = "UBND phường Đống Đa ra mắt bộ máy mới." },
            new() { Id = "both", Title = "Kết nghĩa", Body = "Phường Đống Đa của Hà Nội kết nghĩa với một phường ở Bình Định." },
        ];
        using var directory = TestArticles.Index(articles);
        using var searcher = new ArticleSearcher(directory);

        var hits = searcher.Search(new SearchRequest { Query = "phường Đống Đa", PageSize = 20 }).Hits;
        float Score(string id) => hits.Single(h => h.Id == id).Score;

        // The namesake's report keeps a share of its score (PlaceQueryExpansion.NamesakeWeight): far below the others.
        Assert.True(Score("local") - Score("quy-nhon") > Places.PlaceQueryExpansion.TypedTier / 2, string.Join(", ", hits.Select(h => $"{h.Id}={h.Score}")));
        Assert.True(Math.Abs(Score("local") - Score("both")) < Places.PlaceQueryExpansion.TypedTier / 2);
        Assert.Equal("quy-nhon", hits[^1].Id);
        var filtered = searcher.Search(new SearchRequest { Place = "phường Đống Đa", PageSize = 20 }).Hits;
        Assert.Equal("quy-nhon", filtered[^1].Id);
        Assert.True(filtered[^2].Score - filtered[^1].Score > Places.PlaceQueryExpansion.TypedTier / 2, string.Join(", ", filtered.Select(h => $"{h.Id}={h.Score}")));
    }

    [Fact]
    public void Search_ExpandedHit_MarksTheOtherNameInTheSnippet()
    {
        var hit = Search("phường Láng").Hits.Single(h => h.Id == "old-lang-ha");

        // "Hạ" is marked only because the other name, Láng Hạ, was searched too (however runs are grouped).
        Assert.Matches("«[^»]*Hạ»", hit.Snippet!.Format("«", "»"));
    }

    [Theory]
    [InlineData("Láng")]
    [InlineData("Kim")]
    [InlineData("Kim Liên")]
    [InlineData("chợ Kim Liên")]
    public void Search_BareNameOrCommonWord_DoesNotExpand(string query)
    {
        var results = Search(query);

        Assert.Empty(results.Notes);
        Assert.NotEmpty(results.Hits);
        Assert.DoesNotContain(results.Hits, h => h.Id is "old-district" or "new-o-cho-dua");
    }

    [Theory]
    [InlineData("Lang Thuong")]
    [InlineData("phường Láng Thượng")]
    public void Search_PlaceFilter_KeepsArticlesNamingThePlaceOrItsSuccessor_NameAsWrittenFirst(string place)
    {
        var results = _searcher.Search(new SearchRequest { Place = place, PageSize = 20 });

        // "phường Láng", the successor's name, also matches "phường Láng Hạ" as a phrase: that article comes last.
        Assert.Equal(["old-lang-thuong", "new-lang", "old-lang-ha"], results.Hits.Select(h => h.Id));
        Assert.DoesNotContain(results.Hits, h => h.Id is "herb" or "old-district");
        Assert.StartsWith("Phường Láng Thượng (đến 30/6/2025)", results.Notes[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Search_PlaceFilterWithQuery_BothMustMatch()
        => Assert.Equal(["old-lang-ha"], _searcher.Search(new SearchRequest { Query = "vỉa hè", Place = "Láng" }).Hits.Select(h => h.Id));
}
