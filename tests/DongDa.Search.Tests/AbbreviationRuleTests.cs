using DongDa.Search.Querying;
using DongDa.Search.Schema;
using DongDa.Search.Testing;

namespace DongDa.Search.Tests;

/// <summary>An abbreviation expands only where it was written as one: capitals, dots, or a form that is no syllable.</summary>
public class AbbreviationRuleTests
{
    [Theory]
    [InlineData("UBND", false, false, true)]
    [InlineData("ubnd", false, false, true)] // no Vietnamese syllable
    [InlineData("tphcm", false, false, true)]
    [InlineData("TP.HCM", false, false, true)] // dots inside
    [InlineData("Q", true, false, true)] // a dot after
    [InlineData("TƯ", false, false, true)] // capitals among lower-case words
    [InlineData("TTg", false, false, true)]
    [InlineData("tư", false, false, false)] // a word of the language
    [InlineData("tu", false, false, false)]
    [InlineData("Tư", false, false, false)] // a capital initial is not an abbreviation
    [InlineData("TỰ", false, true, false)] // a query typed all in capitals: TỰ DO is tự do
    [InlineData("TƯ", false, true, false)]
    [InlineData("UBND", false, true, true)]
    public void IsWrittenAsAbbreviation(string typed, bool dotAfter, bool wholeQueryInCapitals, bool expected)
        => Assert.Equal(expected, AbbreviationTable.IsWrittenAsAbbreviation(typed, dotAfter, wholeQueryInCapitals));

    [Fact]
    public void EveryAbbreviationOfTheTable_AsWritten_Expands()
    {
        var rows = TableRows();
        Assert.True(rows.Count > 100);
        foreach (var (abbreviation, _) in rows)
        {
            var word = abbreviation.TrimEnd('.');
            var dotAfter = abbreviation.EndsWith('.');
            foreach (var part in word.Split(' '))
            {
                Assert.True(AbbreviationTable.IsWrittenAsAbbreviation(part, dotAfter, wholeQueryInCapitals: false), $"{abbreviation} ({part})");
            }
        }
    }

    [Fact]
    public void EveryAbbreviationOfTheTable_InLowerCase_ExpandsOnlyWhenNoSyllable()
    {
        foreach (var (abbreviation, _) in TableRows().Where(r => !r.Abbreviation.Contains('.') && !r.Abbreviation.Contains(' ')))
        {
            var lower = abbreviation.ToLowerInvariant();
            Assert.Equal(!Analyzers.VietnameseSyllable.IsValid(lower), AbbreviationTable.IsWrittenAsAbbreviation(lower, false, false));
        }
    }

    [SharedDataFact("wordlists/vi-syllables-cspell.txt")]
    public void NoSyllableOfTheLanguage_InLowerCase_Expands()
    {
        // '~' lines of the cspell list are its unaccented look-alikes, not entries.
        var entries = File.ReadAllLines(Path.Combine(TestPaths.SharedData!, "wordlists", "vi-syllables-cspell.txt"))
            .Select(l => l.Trim().ToLowerInvariant()).Where(l => l.Length > 0 && !l.StartsWith('~')).ToList();
        Assert.True(entries.Count > 6000);

        Assert.All(entries.Where(Analyzers.VietnameseSyllable.IsValid), s => Assert.False(AbbreviationTable.IsWrittenAsAbbreviation(s, false, false), s));
        // What the syllable check turns away is the list's loanwords and abbreviations (gif, internet, ubnd, hđnd…).
        var rejected = entries.Where(s => !Analyzers.VietnameseSyllable.IsValid(s)).ToList();
        Assert.True(rejected.Count < 50, string.Join(", ", rejected));
        Assert.Contains("ubnd", rejected);
    }

    [Theory]
    [InlineData("tư vấn")]
    [InlineData("tự do")]
    [InlineData("TỰ DO")]
    [InlineData("tu van")]
    public void SyllableQuery_DoesNotSearchTheLongFormOfAnAbbreviation(string query)
    {
        var meeting = new Article { Id = "trung-uong", Title = "Hội nghị Trung ương", Body = "Hội nghị Trung ương bàn về công tác cán bộ, tự do và tư vấn." };
        var advice = new Article { Id = "tu-van", Title = "Dịch vụ", Body = "Phường mở điểm tư vấn pháp luật miễn phí; người dân tự do đến hỏi." };
        var other = new Article { Id = "khac", Title = "Tin khác", Body = "Ban chấp hành Trung ương họp bàn nhiều vấn đề do Trung ương chỉ đạo." };
        using var searcher = new ArticleSearcher(TestArticles.Index([meeting, advice, other]));

        var ids = searcher.Search(new SearchRequest { Query = query }).Hits.Select(h => h.Id).ToList();

        Assert.DoesNotContain("khac", ids);
    }

    [Fact]
    public void AbbreviationInCapitals_AmongWords_StillExpands()
    {
        var other = new Article { Id = "khac", Title = "Tin khác", Body = "Hội nghị Ban chấp hành Trung ương khóa XIII." };
        using var searcher = new ArticleSearcher(TestArticles.Index([other]));

        Assert.Equal(["khac"], searcher.Search(new SearchRequest { Query = "hội nghị TƯ" }).Hits.Select(h => h.Id));
    }

    private static List<(string Abbreviation, string LongForm)> TableRows()
    {
        using var stream = typeof(ArticleSearcher).Assembly.GetManifestResourceStream("DongDa.Search.Data.abbreviations.tsv")!;
        using var reader = new StreamReader(stream);
        var rows = new List<(string, string)>();
        while (reader.ReadLine() is { } line)
        {
            var cells = line.Split('\t');
            if (line.Length > 0 && !line.StartsWith('#') && cells.Length >= 2)
            {
                rows.Add((cells[0].Trim(), cells[1].Trim()));
            }
        }
        return rows;
    }
}
