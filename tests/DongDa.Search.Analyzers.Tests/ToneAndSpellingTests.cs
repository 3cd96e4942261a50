namespace DongDa.Search.Analyzers.Tests;

public class ToneAndSpellingTests
{
    [Theory]
    [InlineData("hoà", "hòa")]
    [InlineData("hoá", "hóa")]
    [InlineData("hoả", "hỏa")]
    [InlineData("hoã", "hõa")]
    [InlineData("hoạ", "họa")]
    [InlineData("toà", "tòa")]
    [InlineData("khoẻ", "khỏe")]
    [InlineData("xoè", "xòe")]
    [InlineData("thuý", "thúy")]
    [InlineData("thuỷ", "thủy")]
    [InlineData("uỷ", "ủy")]
    [InlineData("luỹ", "lũy")]
    [InlineData("tuỵ", "tụy")]
    [InlineData("HOÀ", "HÒA")]
    [InlineData("Khoẻ", "Khỏe")]
    [InlineData("Uỷ", "Ủy")]
    [InlineData("THUỶ", "THỦY")]
    public void ToneStylePair_GivesOneKey(string newStyle, string oldStyle)
    {
        Assert.Equal(Keys.Exact(oldStyle), Keys.Exact(newStyle));
        Assert.Equal(Keys.Folded(oldStyle), Keys.Folded(newStyle));
        Assert.Single(Keys.Exact(newStyle));
    }

    [Theory]
    [InlineData("hoàng")] // a final consonant: the tone is on the last vowel in both styles
    [InlineData("toán")]
    [InlineData("quyết")]
    [InlineData("thuyền")]
    [InlineData("ngoài")]
    [InlineData("khuỷu")]
    [InlineData("giữa")]
    [InlineData("quá")]
    [InlineData("người")]
    [InlineData("mùa")]
    [InlineData("gì")]
    public void CanonicalSyllable_IsKeptAsWritten(string word)
        => Assert.Equal([word], Keys.Exact(word));

    [Theory]
    [InlineData("qúa", "quá")] // the tone typed on the u of qu
    [InlineData("hòang", "hoàng")] // the tone typed on the wrong vowel before a final consonant
    [InlineData("ngòai", "ngoài")]
    public void MisplacedTone_IsMovedToItsVowel(string typed, string expected)
        => Assert.Equal([expected], Keys.Exact(typed));

    [Theory]
    [InlineData("ngưòi", "người")] // the horn left off the o of ươ (no rhyme starts ưo)
    [InlineData("thưong", "thương")]
    [InlineData("đưọc", "được")]
    [InlineData("nguời", "người")] // the horn left off the u: uơ is a rhyme only open (thuở), or after qu
    [InlineData("đuợc", "được")]
    [InlineData("ruợu", "rượu")]
    [InlineData("Nguời", "người")]
    public void HornLeftOff_DiphthongIsUoWithHorns(string typed, string expected)
        => Assert.Equal([expected], Keys.Exact(typed));

    [Theory]
    [InlineData("thuở")]
    [InlineData("huơ")]
    [InlineData("quơ")]
    [InlineData("quới")]
    [InlineData("quở")]
    [InlineData("thuốc")]
    [InlineData("muốn")]
    public void UoThatIsARhyme_StaysAsWritten(string word)
        => Assert.Equal([word], Keys.Exact(word));

    [Theory]
    [InlineData("lý", "lí")]
    [InlineData("kỹ", "kĩ")]
    [InlineData("sỹ", "sĩ")]
    [InlineData("mỹ", "mĩ")]
    [InlineData("quý", "quí")]
    [InlineData("kỳ", "kì")]
    [InlineData("tỷ", "tỉ")]
    [InlineData("Mỹ", "MĨ")]
    public void IYPair_GivesOneKey(string withY, string withI)
    {
        Assert.Equal(Keys.Exact(withI), Keys.Exact(withY));
        Assert.Equal(Keys.Folded(withI), Keys.Folded(withY));
    }

    [Theory]
    [InlineData("y", "y")]
    [InlineData("ý", "ý")]
    [InlineData("tuy", "tuy")]
    [InlineData("khuya", "khuya")]
    [InlineData("tay", "tay")]
    [InlineData("yêu", "yêu")]
    [InlineData("thủy", "thủy")]
    public void YThatIsNotAnIVariant_StaysY(string word, string key)
    {
        var keys = Keys.Tokens(word).Select(t => t.Term).ToArray();
        Assert.Contains(key, keys);
    }

    [Fact]
    public void ToneMarkNormalizer_DoesNotTouchNonSyllables()
    {
        foreach (var word in new[] { "café", "zürich", "covid19", "hoàà" })
        {
            var buffer = word.ToCharArray();
            Assert.False(ToneMarkNormalizer.Normalize(buffer), word);
            Assert.Equal(word, new string(buffer));
        }
    }
}
