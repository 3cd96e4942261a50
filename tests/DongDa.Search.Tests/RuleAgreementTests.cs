using DongDa.Search.Analyzers;
using DongDa.Search.Querying;
using DongDa.Search.Schema;
using DongDa.Search.Testing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DongDa.Search.Tests;

/// <summary>Each rule the index and the query side both depend on, checked from both sides at once.</summary>
public class RuleAgreementTests
{
    private static readonly Article Technical = new()
    {
        Id = "kt",
        Title = "Hội thảo",
        Body = "Hội thảo về đổi mới.",
        Date = new DateOnly(2019, 12, 13),
        Category = "Kỹ thuật số",
        Author = "Lý Thị Mỹ",
    };

    private static readonly Article Later = Technical with { Id = "later", Date = new DateOnly(2020, 1, 2), Category = "Xã hội", Author = "Thu Hà" };

    [Theory]
    [InlineData("kĩ thuật số")]
    [InlineData("Kỹ thuật số")]
    [InlineData("ky thuat so")]
    [InlineData("KI THUAT SO")]
    public void CategoryFilter_EitherSpellingOfIY_FindsTheIndexedCategory(string category)
    {
        using var searcher = new ArticleSearcher(TestArticles.Index([Technical, Later]));

        var hits = searcher.Search(new SearchRequest { Query = "hội thảo", Category = category }).Hits;

        Assert.Equal(["kt"], hits.Select(h => h.Id));
    }

    [Theory]
    [InlineData("lí thị mĩ")]
    [InlineData("ly thi my")]
    public void AuthorFilter_EitherSpellingOfIY_FindsTheIndexedAuthor(string author)
    {
        using var searcher = new ArticleSearcher(TestArticles.Index([Technical, Later]));

        Assert.Equal(["kt"], searcher.Search(new SearchRequest { Query = "hội thảo", Author = author }).Hits.Select(h => h.Id));
    }

    [Fact]
    public void FilterKey_KeepsYWhereItIsAnotherSound()
        => Assert.Equal("y te tuy khuya", VietnameseText.FilterKey("Y tế  tuy khuya"));

    [Fact]
    public void DateKey_WhatTheIndexWritesIsWhatFiltersAndStatisticsRead()
    {
        using var searcher = new ArticleSearcher(TestArticles.Index([Technical, Later]));

        var day = searcher.Search(new SearchRequest { Query = "hội thảo", From = new DateOnly(2019, 12, 13), To = new DateOnly(2019, 12, 13) }).Hits;
        var statistics = searcher.GetStatistics();

        Assert.Equal(["kt"], day.Select(h => h.Id));
        Assert.Equal(new DateOnly(2019, 12, 13), statistics.FirstDate);
        Assert.Equal(new DateOnly(2020, 1, 2), statistics.LastDate);
        Assert.Equal(20191213, DateKey.Of(new DateOnly(2019, 12, 13)));
        Assert.Equal(new DateOnly(2019, 12, 13), DateKey.ToDate(20191213));
    }

    [Theory]
    [InlineData("Quận uỷ Đống Đa họp về công tác dân vận")]
    [InlineData("Tin ngắn: UBND phường Láng Hạ, 13/12/2019")]
    [InlineData("Ðống Ða và đường Láng")]
    public void ExactTier_TheAnalyzerAndTheQueryBuilderTellItApartAlike(string text)
    {
        using var index = new VietnameseAnalyzer();
        foreach (var token in TokenStreamAssert.Tokens(index, text))
        {
            Assert.Equal(token.Type == VietnameseTokenTypes.Exact, VietnameseText.IsExactKey(token.Term));
        }
        using var query = new VietnameseAnalyzer(VietnameseAnalyzerMode.Query);
        var tiers = TokenStreamAssert.Tokens(query, text).Select(t => t.Type == VietnameseTokenTypes.Exact);
        Assert.Equal(tiers, ArticleQueryBuilder.Analyze(text).Select(w => w.IsExact));
    }

    [Theory]
    [InlineData("Công tác dân vận khéo của quận Đống Đa")]
    [InlineData("Liên hệ ban biên tập qua thư bbt@dongda.gov.vn hoặc trang www.dongda.gov.vn ngay hôm nay")]
    [InlineData("Đội U23 Việt Nam thắng 3 trận, năm 2021 khép lại; người dân, vận động")]
    public void Pairs_TheQueryAsksForExactlyThePairsTheIndexMakes(string text)
    {
        using var pairAnalyzer = new SyllablePairAnalyzer();
        var indexed = TokenStreamAssert.Tokens(pairAnalyzer, text).Select(t => t.Term).ToList();
        var builder = new ArticleQueryBuilder(new ArticleSearcherOptions(), AbbreviationTable.Default);
        using var directory = TestArticles.Index([new Article { Id = "a", Title = "", Body = text }]);
        using var reader = DirectoryReader.Open(directory);

        // Typed with accents, the query asks for each pair and the reading typed: both what the index keyed.
        var asked = PairTerms(builder.Build(new SearchRequest { Query = text }, reader).Query);

        Assert.NotEmpty(indexed);
        Assert.Equal(indexed.Order(StringComparer.Ordinal), asked.Distinct().Order(StringComparer.Ordinal));
    }

    private static List<string> PairTerms(Query query)
    {
        var terms = new List<string>();
        Collect(query);
        return terms;

        void Collect(Query q)
        {
            switch (q)
            {
                case TermQuery term when term.Term.Field == ArticleFields.Pairs:
                    terms.Add(term.Term.Text);
                    break;
                case BooleanQuery boolean:
                    foreach (var clause in boolean.Clauses)
                    {
                        Collect(clause.Query);
                    }
                    break;
                case DisjunctionMaxQuery max:
                    foreach (var disjunct in max.Disjuncts)
                    {
                        Collect(disjunct);
                    }
                    break;
                case ConstantScoreQuery constant when constant.Query is not null:
                    Collect(constant.Query);
                    break;
            }
        }
    }
}
