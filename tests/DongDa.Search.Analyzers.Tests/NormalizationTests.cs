using System.Text;
using DongDa.Search.Testing;

namespace DongDa.Search.Analyzers.Tests;

public class NormalizationTests
{
    private const string Sentence = "Quận ủy Đống Đa tăng cường, đổi mới trong công tác dân vận; Việt Nam khỏe mạnh.";

    [Fact]
    public void Nfd_Sentence_GivesSameKeysAsNfc()
    {
        var nfd = Sentence.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(Sentence, nfd);
        Assert.Equal(
            Keys.Tokens(Sentence).Select(t => (t.Term, t.Type, t.Position)),
            Keys.Tokens(nfd).Select(t => (t.Term, t.Type, t.Position)));
    }

    [Fact]
    public void MixedNfcAndNfd_GivesSameKeysAsNfc()
    {
        var words = Sentence.Split(' ');
        var mixed = string.Join(' ', words.Select((w, i) => i % 2 == 0 ? w.Normalize(NormalizationForm.FormD) : w));
        Assert.Equal(Keys.Tagged(Sentence), Keys.Tagged(mixed));
    }

    [Fact]
    public void DotBelowTypedBeforeCircumflex_ComposesLikeNfc()
    {
        // "bệnh" typed as b + ẹ + U+0302, as found in real articles.
        Assert.Equal(Keys.Tagged("bệnh viện"), Keys.Tagged("b\u1EB9\u0302nh vi\u1EB9\u0302n"));
    }

    [Fact]
    public void Nfd_Offsets_PointAtOriginalCharacters()
    {
        var nfd = Sentence.Normalize(NormalizationForm.FormD);
        foreach (var token in Keys.Tokens(nfd))
        {
            var original = nfd[token.Start..token.End].Normalize(NormalizationForm.FormC);
            var word = original.ToLowerInvariant();
            if (token.Type == "folded")
            {
                Assert.Equal(VietnameseText.Fold(word), token.Term);
            }
            else
            {
                // Exact keys may move a tone mark, never change the letters.
                var exact = token.Term.TrimStart(VietnameseAnalyzer.UnmarkedExactPrefix);
                Assert.Equal(VietnameseText.Fold(word), VietnameseText.Fold(exact));
                Assert.Equal(word.Length, exact.Length);
            }
        }
        var quan = Keys.Tokens(nfd).First(t => t.Term == "quận");
        Assert.Equal("Quận", nfd[quan.Start..quan.End].Normalize(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("Ngu\u00ADyễn", "nguyễn")] // soft hyphen inside a word does not split it
    [InlineData("kiến \u200B\u200Bthức", "kiến|thức")] // zero-width spaces beside a space do not glue
    [InlineData("chất l\u00ADượng", "chất|lượng")]
    [InlineData("Hà\u00A0Nội", "hà|nội")] // a non-breaking space separates
    [InlineData("\uFEFFĐống Đa", "đống|đa")]
    public void InvisibleCharacters_NeitherSplitNorGlue(string text, string expected)
    {
        Assert.Equal(expected, string.Join('|', Keys.Tokens(text).Where(t => t.Type is "exact" or "folded")
            .GroupBy(t => t.Position).Select(g => g.First().Term)));
    }

    [Fact]
    public void SoftHyphen_Offsets_CoverOriginalWord()
    {
        var text = "chất l\u00ADượng";
        var token = Keys.Tokens(text)[^1];
        Assert.Equal("l\u00ADượng", text[token.Start..token.End]);
    }

    [Fact]
    public void Fold_WholeString_GivesFilterKey()
    {
        Assert.Equal("van hoa", VietnameseText.Fold("  Văn  hoá "));
        Assert.Equal("chinh tri - xa hoi", VietnameseText.Fold("Chính trị - Xã hội"));
        Assert.Equal("nguyen bao", VietnameseText.Fold("Nguye\u0302\u0303n Ba\u0309o"));
    }

    [Theory]
    [InlineData("dân vận", true)]
    [InlineData("dan van", false)]
    [InlineData("Đa", true)]
    [InlineData("da\u0300", true)]
    [InlineData("UBND 2019", false)]
    public void HasDiacritics_TellsAccentedFromBare(string text, bool expected)
        => Assert.Equal(expected, VietnameseText.HasDiacritics(text));
}
