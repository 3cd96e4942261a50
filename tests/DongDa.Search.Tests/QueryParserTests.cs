using DongDa.Search.Querying;

namespace DongDa.Search.Tests;

public class QueryParserTests
{
    [Fact]
    public void Parse_PlainWords_OneWordsClause()
    {
        var parsed = QueryParser.Parse("dân vận quận");
        var clause = Assert.Single(parsed.Clauses);
        Assert.Equal(new QueryPart("dân vận quận", false, QueryField.Text), Assert.Single(clause.Alternatives));
        Assert.Empty(parsed.Warnings);
    }

    [Fact]
    public void Parse_PhraseExclusionOrAndFields_Structured()
    {
        var parsed = QueryParser.Parse("\"dân vận\" -bóng hòa OR bình title:quận category:\"thể thao\" author:Hà");
        Assert.Empty(parsed.Warnings);
        Assert.Equal(6, parsed.Clauses.Count);
        Assert.Equal(new QueryPart("dân vận", true, QueryField.Text), parsed.Clauses[0].Alternatives[0]);
        Assert.True(parsed.Clauses[1].Excluded);
        Assert.Equal(["hòa", "bình"], parsed.Clauses[2].Alternatives.Select(a => a.Text));
        Assert.Equal(QueryField.Title, parsed.Clauses[3].Alternatives[0].Field);
        Assert.Equal(new QueryPart("thể thao", true, QueryField.Category), parsed.Clauses[4].Alternatives[0]);
    }

    [Theory]
    [InlineData("“dân vận” -“bóng đá”")]
    [InlineData("„dân vận“ -«bóng đá»")]
    [InlineData("＂dân vận＂ -”bóng đá”")]
    public void Parse_TypographicQuotes_ArePhraseQuotes(string query)
    {
        // A phone's keyboard and a word processor turn " into “ ” as it is typed.
        var parsed = QueryParser.Parse(query);
        Assert.Empty(parsed.Warnings);
        Assert.Equal(2, parsed.Clauses.Count);
        Assert.Equal(new QueryPart("dân vận", true, QueryField.Text), Assert.Single(parsed.Clauses[0].Alternatives));
        Assert.True(parsed.Clauses[1].Excluded);
        Assert.Equal(new QueryPart("bóng đá", true, QueryField.Text), Assert.Single(parsed.Clauses[1].Alternatives));
    }

    [Theory]
    [InlineData("UBND \"phường Kim Liên\"", 12, 5, 21)]
    [InlineData("UBND “phường Kim Liên” quận", 12, 5, 21)]
    [InlineData("UBND phường Kim Liên", 12, -1, -1)]
    [InlineData("\"a\" phường \"b\"", 4, -1, -1)]
    [InlineData("\"a\" \"phường Láng", 10, -1, -1)]
    public void PhraseAround_FindsTheQuotesAroundAPosition(string query, int index, int open, int close)
        => Assert.Equal(open < 0 ? null : (open, close), QueryParser.PhraseAround(query, index));

    [Theory]
    [InlineData("cong tac d", 0)]
    [InlineData("Covid-19 ha", 0)]
    [InlineData("UBND “dân v", 6)]
    [InlineData("\"dân vận\" cong t", 9)]
    [InlineData("dân -bóng đ", 5)]
    public void AfterLastMark_FindsWhereTheLastPhraseBegins(string text, int index)
        => Assert.Equal(index, QueryParser.AfterLastMark(text));

    [Theory]
    [InlineData("date:2019-01-01..2019-12-31", "2019-01-01", "2019-12-31")]
    [InlineData("date:2019", "2019-01-01", "2019-12-31")]
    [InlineData("date:2020-02", "2020-02-01", "2020-02-29")]
    [InlineData("date:2019-05-01..", "2019-05-01", null)]
    [InlineData("date:..2019-05-01", null, "2019-05-01")]
    public void Parse_DateRange_ReadsBounds(string query, string? from, string? to)
    {
        var parsed = QueryParser.Parse("dân vận " + query);
        Assert.Empty(parsed.Warnings);
        Assert.Equal(from is null ? null : DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), parsed.From);
        Assert.Equal(to is null ? null : DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture), parsed.To);
        Assert.Single(parsed.Clauses);
    }

    [Theory]
    [InlineData("\"unbalanced")]
    [InlineData("dân AND OR vận")]
    [InlineData(")(")]
    [InlineData("dân OR")]
    [InlineData("date:2019-13-45")]
    [InlineData("title:")]
    [InlineData("-bóng")]
    [InlineData("a \"\" b")]
    public void Parse_Malformed_PlainWordsWithWarning(string query)
    {
        var parsed = QueryParser.Parse(query);
        var warning = Assert.Single(parsed.Warnings);
        Assert.StartsWith("read as plain words", warning);
        Assert.All(parsed.Clauses, c => Assert.False(c.Excluded));
        Assert.All(parsed.Clauses.SelectMany(c => c.Alternatives), p => Assert.Equal(QueryField.Text, p.Field));
    }

    [Fact]
    public void Parse_UnbalancedQuote_KeepsTheWords()
    {
        var part = Assert.Single(Assert.Single(QueryParser.Parse("\"dân vận khéo").Clauses).Alternatives);
        Assert.Equal("dân vận khéo", part.Text);
    }

    // A dash standing between words, or a mark standing alone, is punctuation (a pasted headline), not an operator.
    [Theory]
    [InlineData("Thừa Thiên - Huế", "Thừa Thiên Huế")]
    [InlineData("Thừa Thiên – Huế", "Thừa Thiên Huế")]
    [InlineData("- dân vận", "dân vận")]
    [InlineData("dân vận -", "dân vận")]
    [InlineData("dân -- vận", "dân vận")]
    [InlineData("dân vận ... / & -%", "dân vận")]
    public void Parse_DashOrMarkBetweenWords_Punctuation_NoWarning(string query, string words)
    {
        var parsed = QueryParser.Parse(query);

        Assert.Empty(parsed.Warnings);
        var clause = Assert.Single(parsed.Clauses);
        Assert.False(clause.Excluded);
        Assert.Equal(new QueryPart(words, false, QueryField.Text), Assert.Single(clause.Alternatives));
    }

    [Fact]
    public void Parse_DashBetweenWords_PhraseAndExclusionStillRead()
    {
        var parsed = QueryParser.Parse("\"Thừa Thiên\" - Huế -bão");

        Assert.Empty(parsed.Warnings);
        Assert.Equal([("Thừa Thiên", false), ("Huế", false), ("bão", true)], parsed.Clauses.Select(c => (c.Alternatives[0].Text, c.Excluded)));
    }

    [Fact]
    public void Parse_HyphenInsideWord_NotAnExclusion()
    {
        var parsed = QueryParser.Parse("KT-XH Covid-19");
        Assert.Empty(parsed.Warnings);
        Assert.False(Assert.Single(parsed.Clauses).Excluded);
    }

    [Fact]
    public void Parse_AllCapitals_OrIsAWord()
    {
        var parsed = QueryParser.Parse("EVERYTHING OR NOTHING");
        Assert.Empty(parsed.Warnings);
        Assert.Equal("EVERYTHING OR NOTHING", Assert.Single(Assert.Single(parsed.Clauses).Alternatives).Text);
    }

    /// <summary>A stand-in for the archive: these pairs are words, nothing else is.</summary>
    private static bool OneWord(string first, string second)
        => ((string[])["tự do", "độc lập", "thương mại", "hạnh phúc", "hà nội", "a b", "b c", "c d", "d e"]).Contains($"{first} {second}".ToLowerInvariant());

    [Theory]
    [InlineData("tự do -thương mại", "tự do | -\"thương mại\"")]
    [InlineData("bão -lũ miền Trung", "bão | -lũ | miền Trung")]
    [InlineData("tự do OR độc lập", "\"tự do\" OR \"độc lập\"")]
    [InlineData("Hà Nội tự do OR độc lập", "Hà Nội | \"tự do\" OR \"độc lập\"")]
    [InlineData("tự do OR độc lập OR hạnh phúc", "\"tự do\" OR \"độc lập\" OR \"hạnh phúc\"")]
    [InlineData("bão OR lũ lụt", "bão OR lũ | lụt")]
    [InlineData("-thương mại OR tự do", "-thương | mại OR \"tự do\"")]
    [InlineData("x -a b c d e", "x | -\"a b c d\" | e")]
    [InlineData("\"tự do\" -thương mại title:tự do", "\"tự do\" | -\"thương mại\" | title:tự | do")]
    public void Parse_OperatorNextToAWordOfSyllables_TakesTheWord(string query, string clauses)
    {
        // Vietnamese writes the syllables of a word apart: -thương mại leaves out the word thương mại, not thương alone.
        var parsed = QueryParser.Parse(query, OneWord);

        Assert.Empty(parsed.Warnings);
        Assert.Equal(clauses, string.Join(" | ", parsed.Clauses.Select(Written)));
    }

    [Fact]
    public void Parse_WithoutWordsKnown_OperatorTakesOneSyllable()
    {
        var parsed = QueryParser.Parse("tự do -thương mại");

        Assert.Equal("tự do | -thương | mại", string.Join(" | ", parsed.Clauses.Select(Written)));
    }

    private static string Written(QueryClause clause)
        => (clause.Excluded ? "-" : "") + string.Join(" OR ", clause.Alternatives.Select(a =>
            (a.Field == QueryField.Title ? "title:" : "") + (a.IsPhrase ? $"\"{a.Text}\"" : a.Text)));
}
