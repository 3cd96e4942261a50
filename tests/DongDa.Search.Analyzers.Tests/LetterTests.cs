using System.Text;
using DongDa.Search.Testing;

namespace DongDa.Search.Analyzers.Tests;

public class LetterTests
{
    // The 12 vowels of Vietnamese, each with its 6 tones (none, huyền, sắc, hỏi, ngã, nặng), written out by hand.
    private static readonly string[] LowerVowels =
    [
        "aàáảãạ", "ăằắẳẵặ", "âầấẩẫậ", "eèéẻẽẹ", "êềếểễệ", "iìíỉĩị",
        "oòóỏõọ", "ôồốổỗộ", "ơờớởỡợ", "uùúủũụ", "ưừứửữự", "yỳýỷỹỵ",
    ];

    private static readonly string[] UpperVowels =
    [
        "AÀÁẢÃẠ", "ĂẰẮẲẴẶ", "ÂẦẤẨẪẬ", "EÈÉẺẼẸ", "ÊỀẾỂỄỆ", "IÌÍỈĨỊ",
        "OÒÓỎÕỌ", "ÔỒỐỔỖỘ", "ƠỜỚỞỠỢ", "UÙÚỦŨỤ", "ƯỪỨỬỮỰ", "YỲÝỶỸỴ",
    ];

    private const string FoldedVowels = "aaaeeiooouuy";

    public static TheoryData<string, string, string> AllLetters()
    {
        var data = new TheoryData<string, string, string>();
        for (var v = 0; v < 12; v++)
        {
            for (var t = 0; t < 6; t++)
            {
                var lower = LowerVowels[v][t].ToString();
                var folded = FoldedVowels[v].ToString();
                data.Add(lower, lower, folded);
                data.Add(UpperVowels[v][t].ToString(), lower, folded);
            }
        }
        data.Add("đ", "đ", "d");
        data.Add("Đ", "đ", "d");
        return data;
    }

    [Fact]
    public void AllLetters_BeyondAscii_Are134()
    {
        // 12 vowels × 6 tones × 2 cases + Đ/đ, less the 12 plain a e i o u y: the 134 precomposed letters.
        Assert.Equal(146, AllLetters().Count);
        Assert.Equal(134, LowerVowels.Concat(UpperVowels).SelectMany(s => s).Append('đ').Append('Đ').Distinct().Count(c => c > 0x7F));
    }

    [Theory]
    [MemberData(nameof(AllLetters))]
    public void Letter_Alone_LowerCasesAndFolds(string letter, string lower, string folded)
    {
        var tokens = Keys.Tokens(letter);
        // A letter without marks is a word written without accents: its exact key carries the marker.
        var expected = lower == folded ? [$"{folded}/folded", $"={folded}/exact"] : new[] { $"{lower}/exact", $"{folded}/folded" };
        Assert.Equal(expected, tokens.Select(t => $"{t.Term}/{t.Type}"));
        Assert.All(tokens, t => Assert.Equal((0, 1), (t.Start, t.End)));
    }

    [Theory]
    [MemberData(nameof(AllLetters))]
    public void Letter_Decomposed_GivesSameKeysAsPrecomposed(string letter, string lower, string folded)
    {
        _ = lower;
        _ = folded;
        var nfd = letter.Normalize(NormalizationForm.FormD);
        Assert.Equal(Keys.Tagged(letter), Keys.Tagged(nfd));
        Assert.All(Keys.Tokens(nfd), t => Assert.Equal((0, nfd.Length), (t.Start, t.End)));
    }

    [Fact]
    public void AllLettersInOneWord_FoldAndCaseFoldTogether()
    {
        var all = string.Concat(UpperVowels) + "Đ";
        var expectedFolded = string.Concat(FoldedVowels.Select(c => new string(c, 6))) + "d";
        // One token of 73 letters is no Vietnamese syllable: no tone rule applies, only case and folding.
        Assert.Equal([(string.Concat(LowerVowels) + "đ")], Keys.Exact(all));
        Assert.Equal([expectedFolded], Keys.Folded(all));
    }

    [Theory]
    [InlineData("Ðống Ða", "đống", "đa")]
    [InlineData("ðống ða", "đống", "đa")]
    public void Lookalike_Eth_IsReadAsDStroke(string text, string first, string second)
    {
        Assert.Equal([first, second], Keys.Exact(text));
    }
}
