using DongDa.Search.Schema;

namespace DongDa.Search.Tests;

/// <summary>Accent restoration, keystroke residue, completion and "did you mean" over a small archive written for them.</summary>
public sealed class TypingAidTests : IDisposable
{
    private static readonly Article[] Archive =
    [
        new() { Id = "dv1", Title = "Công tác dân vận", Body = "Làm tốt công tác dân vận ở phường. Dân vận khéo thì việc gì cũng xong. Công tác dân vận của quận." },
        new() { Id = "dv2", Title = "Dân vận khéo", Body = "Phường Láng Hạ làm công tác dân vận khéo, thành phố khen. Thành phố Hà Nội tuyên dương." },
        new() { Id = "vt", Title = "Đàn vịt", Body = "Đàn vịt đi trên đê. Ông Văn dán giấy lên tường. Bà bán bàn ghế ở chợ." },
        new() { Id = "bh", Title = "Ban hành quy định", Summary = "Quận ban hành quy định mới.", Body = "Quận ban hành quy định mới. Ban hành văn bản về trật tự đô thị. Ban chỉ đạo họp." },
        // "tác dụng" is commoner than "tác dân", but not after "công".
        new() { Id = "td", Title = "Thuốc mới", Body = "Thuốc có tác dụng tốt. Tác dụng phụ ít. Tác dụng kéo dài, tác dụng nhanh, tác dụng rõ." },
        // "từ" is commoner than "tự", but "tự do" is commoner than any "từ d…".
        new() { Id = "tu", Title = "Tự do báo chí", Body = "Tự do ngôn luận, tự do đi lại. Từ nhà ra phố, từ sáng tới tối, từ xa về gần, từ trên xuống, từ đó." },
        // One report typed without accents: "ban nhan" is a tenth of "ban nhân", "nhan" well under 1% of "nhân".
        new() { Id = "ub", Title = "Họp ủy ban nhân dân", Body = string.Join(" ", Enumerable.Repeat("Ủy ban nhân dân.", 20)) + string.Join(" ", Enumerable.Repeat(" Nhân dân.", 300)) },
        new() { Id = "ub-bare", Title = "Hop uy ban nhan dan", Body = "Hop uy ban nhan dan." },
        // "quan" alone is written bare more often than "quận"; after "UBND" it is "quận".
        new() { Id = "ubnd", Title = "UBND quận họp", Body = "UBND quận Đống Đa họp. UBND quận khen thưởng. UBND quận giao việc. "
            + "Cơ quan quan tâm, quan sát, quan hệ, quan trọng, quan điểm, quan chức, quan liêu, quan ngại, quan thuế." },
        // "phố cổ" usually follows "phố", yet "thành phố" is a word of its own: no "thành phố cổ".
        new() { Id = "pc", Title = "Phố cổ mùa thu", Body = "Phố cổ đẹp. Phố cổ đông vui. Phố cổ về đêm. Phố cổ mùa thu." },
        // "ho chi" alone reads "họ chỉ" (leads start with it more often than headlines with Hồ Chí); followed by an m it is "Hồ Chí Minh".
        new() { Id = "hcm", Title = "Hồ Chí Minh mùa mưa", Summary = "Họ chỉ làm. Họ chỉ nói.", Body = "Người Hồ Chí Minh. Họ chỉ làm. Họ chỉ nói. Họ chỉ ăn. Họ chỉ ngủ. Họ chỉ đi." },
        // The index keys "lý" as "lí"; the archive writes "lý".
        new() { Id = "ql", Title = "Quản lý đô thị", Body = "Quản lý trật tự. Công tác quản lý đô thị. Ban quản lý chợ." },
        // A club's name that spells bổ in Telex, and bổ written far more often.
        new() { Id = "boro", Title = "Boro thắng trận", Body = "Boro thắng. Boro dẫn đầu. Cầu thủ Boro ghi bàn. Boro về nhì. Boro mua cầu thủ." },
        new() { Id = "bo", Title = "Thuốc bổ", Body = string.Concat(Enumerable.Repeat("Thuốc bổ cho người già. Bồi bổ sức khỏe. ", 20)) },
        // "dân và" outnumbers "dân vận" only because "và" is everywhere.
        new() { Id = "va", Title = "Dân và phố", Body = "Dân và cán bộ, dân và lính, dân và thợ, dân và thầy, dân và trò, dân và khách, dân và chủ. Cá và rau, bút và giấy, nhà và xe, "
            + "mưa và gió, trà và bánh, sách và vở, nắng và mây, cây và hoa, muối và gạo, dao và thớt, kim và chỉ, bàn và ghế, ông và cháu, cha và con, mẹ và em, anh và chị." },
    ];

    private readonly ArticleSearcher _searcher = new(TestArticles.Index(Archive));

    public void Dispose() => _searcher.Dispose();

    [Theory]
    [InlineData("dan van", "dân vận")]
    [InlineData("cong tac dan van", "công tác dân vận")]
    [InlineData("Dan Van", "Dân Vận")] // case as typed
    [InlineData("dân van", "dân vận")] // the accented word kept, its neighbour read in its light
    [InlineData("ban hanh quy dinh", "ban hành quy định")]
    [InlineData("thanh pho Ha Noi", "thành phố Hà Nội")]
    [InlineData("dan van, thanh pho", "dân vận, thành phố")] // punctuation kept where it was
    public void Restore_ReadsTheArchivesReading(string typed, string reading)
        => Assert.Equal(reading, _searcher.Restore(typed).Reading);

    [Fact]
    public void Restore_TheWordBeforeAPairDecides_AsHeadlinesWriteIt()
    {
        // Bodies write "tin văn" (văn hóa, văn nghệ) three times as often as "tin vắn"; headlines write "bản tin vắn".
        using var searcher = new ArticleSearcher(TestArticles.Index(
        [
            new() { Id = "v1", Title = "Bản tin vắn", Body = "Tin văn hóa. Tin văn nghệ. Tin văn học." },
            new() { Id = "v2", Title = "Bản tin vắn thể thao", Body = "Tin vắn. Tin văn hóa. Tin văn nghệ." },
        ]));

        Assert.Equal("bản tin vắn", searcher.Restore("ban tin van").Reading);
        Assert.Equal("tin văn", searcher.Restore("tin van").Reading);
    }

    [Fact]
    public void Restore_AShortQueryIsNoSentenceStart()
    {
        // Leads often start with "Song," (however), and the start of a headline or a lead is a context of its own; a
        // query of a word or two is cut from anywhere, and these two words are "sống với" in the archive's text.
        Article Lead(int i) => new() { Id = $"s{i}", Title = $"Tin {i}", Summary = "Song, giá vẫn tăng.", Body = "Tin ngắn." };
        using var searcher = new ArticleSearcher(TestArticles.Index(
        [
            .. Enumerable.Range(0, 12).Select(Lead),
            new() { Id = "life", Title = "Đời thường", Body = "Họ sống với nhau. Sống với cha mẹ. Trẻ sống với ông bà. Người sống với lũ. Cá sống với rong. Chim sống với rừng." },
        ]));

        Assert.Equal("sống với", searcher.Restore("song voi").Reading);
    }

    [Theory]
    [InlineData("Hồ Chí Minh ngưòi", "Hồ Chí Minh người")]
    [InlineData("Nguời Hồ Chí Minh", "Người Hồ Chí Minh")]
    public void Search_HornLeftOff_SaysItWasPutBack(string typed, string interpretation)
    {
        var results = _searcher.Search(new SearchRequest { Query = typed });

        Assert.Equal(interpretation, results.Interpretation);
        Assert.Equal("hcm", results.Hits[0].Id);
    }

    [Theory]
    [InlineData("daan vaanj", "dân vận")]
    [InlineData("da6n va65n", "dân vận")]
    [InlineData("thanhf phoos", "thành phố")]
    [InlineData("ddi chowj", "đi chợ")]
    [InlineData("cong tac daan vaanj", "công tác dân vận")]
    public void Restore_ReadsTelexAndVniKeystrokes(string typed, string reading)
        => Assert.Equal(reading, _searcher.Restore(typed).Reading);

    [Theory]
    [InlineData("Park Chung Hee", "Park Chung Hee")] // one word that reads as keys, the archive writing neither: a name
    [InlineData("Vux Hans", "Vũ Hán")] // two such words: typed with the input method off
    [InlineData("Boro", "Boro")] // typed alone, a word the archive writes itself: bổ is commoner, Boro is what was typed
    [InlineData("daan", "dân")] // typed alone, a word the archive never writes: keys
    public void Restore_LoneKeysLikeWord_IsReadAsKeysOnlyBesideOtherKeys(string typed, string reading)
        => Assert.Equal(reading, _searcher.Restore(typed).Reading);

    [Theory]
    [InlineData("Công tác dân vận")]
    [InlineData("Quận ban hành quy định")] // a bare word in accented text stays bare
    [InlineData("Làm công tác dân van")] // most words marked: the bare one is taken as written, though the archive writes "dân vận"
    [InlineData("go to the bank")]
    [InlineData("the new york times")]
    [InlineData("U23 2019")]
    [InlineData("")]
    public void Restore_LeavesValidTextAsItIs(string text)
    {
        var restored = _searcher.Restore(text);
        Assert.Equal(text, restored.Reading);
        Assert.False(restored.Changed);
    }

    [Fact]
    public void Restore_GivesAtMostThreeAlternatives_LessLikelyThanTheReading()
    {
        var restored = _searcher.Restore("ban");
        Assert.True(restored.Changed || restored.Reading == "ban");
        Assert.InRange(restored.Alternatives.Count, 1, 3);
        Assert.All(restored.Alternatives, a => Assert.InRange(a.Score, 0.0, 1.0));
        Assert.DoesNotContain(restored.Alternatives, a => a.Reading == restored.Reading);
    }

    [Fact]
    public void Suggest_CompletesThePartialWordFromThePairs()
    {
        var completions = _searcher.Suggest("cong tac d");
        Assert.NotEmpty(completions);
        Assert.Equal("công tác dân vận", completions[0].Text);
        Assert.True(completions.Count <= 10);
    }

    [Theory]
    [InlineData("\"cong tac d", "\"công tác dân vận")]
    [InlineData("UBND “cong tac d", "UBND “công tác dân vận")]
    [InlineData("-cong tac d", "-công tác dân vận")]
    public void Suggest_AfterAnOpeningQuoteOrAMinus_CompletesThePhraseAndKeepsTheMark(string typed, string first)
    {
        // What is typed inside quotes is a phrase being written: complete it, and keep what came before as typed.
        var completions = _searcher.Suggest(typed);

        Assert.NotEmpty(completions);
        Assert.Equal(first, completions[0].Text);
    }

    [Fact]
    public void Suggest_AfterAWordWrittenWithoutMarks_CompletesFromItsPairs()
    {
        // "ban" is written bare in the archive; its pairs (ban hành, ban chỉ) carry the marks of the second word.
        var completions = _searcher.Suggest("quan ban h").Select(c => c.Text).ToList();

        Assert.StartsWith("quận ban hành", completions[0]);
        Assert.DoesNotContain(completions, c => c.StartsWith("quận bán", StringComparison.Ordinal) || c.StartsWith("quận bàn", StringComparison.Ordinal));
    }

    [Fact]
    public void Suggest_AfterOneWordWithoutMarks_CompletesTheWordAnyReadingOfItForms()
    {
        // "tu" alone reads "từ", yet what "tu d" starts is most often "tự do".
        Assert.StartsWith("tự do", _searcher.Suggest("tu d")[0].Text);
    }

    [Fact]
    public void Suggest_AfterOneWord_PutsWordsBeforeChanceNeighbours()
    {
        // "dân và" is written more often than "dân vận", no more than "dân" and "và" would meet by chance.
        var completions = _searcher.Suggest("dan v").Select(c => c.Text).ToList();

        Assert.StartsWith("dân vận", completions[0]);
        Assert.Contains("dân và", completions);
    }

    [Fact]
    public void Suggest_LeavesOutWordsTypedWithoutTheirMarks()
    {
        var completions = _searcher.Suggest("uy ban nh").Select(c => c.Text).ToList();

        Assert.StartsWith("ủy ban nhân", completions[0]);
        Assert.DoesNotContain(completions, c => c.StartsWith("ủy ban nhan", StringComparison.Ordinal));
    }

    [Fact]
    public void Suggest_AfterAnAbbreviation_CompletesFromItsPairs()
        => Assert.StartsWith("UBND quận", _searcher.Suggest("UBND q")[0].Text);

    [Fact]
    public void Suggest_GrowsOnlyByASyllableThatGoesWithTheWholeCompletion()
    {
        var completions = _searcher.Suggest("thanh ph");

        Assert.StartsWith("thành phố", completions[0].Text);
        Assert.DoesNotContain(completions, c => c.Text.StartsWith("thành phố cổ", StringComparison.Ordinal));
    }

    [Fact]
    public void Suggest_TheWordTypedLastReadsAsTheCompletionWants()
    {
        Assert.Equal("họ chỉ", _searcher.Restore("ho chi").Reading);
        Assert.StartsWith("hồ chí minh", _searcher.Suggest("ho chi m")[0].Text);
        Assert.StartsWith("Hồ Chí Minh", _searcher.Suggest("Ho Chi M")[0].Text); // capitals where typed
    }

    [Theory]
    [InlineData("ban hanh q", "ban hành quy định")]
    [InlineData("quan l", "quản lý")]
    public void Suggest_SpellsIAndYAsTheArchiveWrites_NotAsTheIndexKeysThem(string prefix, string completion)
        => Assert.StartsWith(completion, _searcher.Suggest(prefix)[0].Text);

    [Fact]
    public void Suggest_OneLetter_GivesFrequentSyllablesFirst()
    {
        var completions = _searcher.Suggest("d", 3);
        Assert.Equal(3, completions.Count);
        Assert.Equal("dân", completions[0].Text);
        Assert.True(completions[0].Count >= completions[1].Count);
    }

    [Fact]
    public void Search_QueryWithoutAccents_SaysWhatItSearchedFor()
    {
        Assert.Equal("dân vận", _searcher.Search(new SearchRequest { Query = "dan van" }).Interpretation);
        Assert.Null(_searcher.Search(new SearchRequest { Query = "dân vận" }).Interpretation);
    }

    [Theory]
    [InlineData("daan vaanj", "dân vận")]
    [InlineData("da6n va65n", "dân vận")]
    [InlineData("DAAN VAANJ", "DÂN VẬN")]
    [InlineData("cong tac daan vaanj", "công tác dân vận")]
    public void Search_TypedWithTheInputMethodOff_SearchesTheWordsMeant(string typed, string interpretation)
    {
        var results = _searcher.Search(new SearchRequest { Query = typed });

        Assert.Equal(interpretation, results.Interpretation);
        Assert.Equal(["dv1", "dv2"], results.Hits.Take(2).Select(h => h.Id).Order());
        Assert.Contains(results.Hits, h => h.Snippet!.Format("[", "]").Contains("[dân vận]", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Search_AccentedQueryWithAWordLikeKeys_IsSearchedAsTyped()
    {
        // Marks typed elsewhere: the input method was on, so "vaanj" is no keys but a word the archive lacks, and a query
        // of three words needs all three.
        Assert.Equal(0, _searcher.Search(new SearchRequest { Query = "công tác vaanj" }).Total);
        Assert.NotEqual(0, _searcher.Search(new SearchRequest { Query = "cong tac vaanj" }).Total);
    }

    [Fact]
    public void Search_KeysThatAreAlsoAWord_AreSearchedAsTyped()
    {
        // "ban" is a word (and no keys); only keystrokes are read before searching.
        var results = _searcher.Search(new SearchRequest { Query = "ban hanh" });

        Assert.Equal("bh", results.Hits[0].Id);
    }

    [Fact]
    public void Search_FindingNothing_OffersACloseReadingThatFinds()
    {
        var results = _searcher.Search(new SearchRequest { Query = "dan vam" });
        Assert.Equal(0, results.Total);
        Assert.Equal("dân vận", results.Suggestion);
        Assert.Null(_searcher.Search(new SearchRequest { Query = "dan van" }).Suggestion);
    }
}
