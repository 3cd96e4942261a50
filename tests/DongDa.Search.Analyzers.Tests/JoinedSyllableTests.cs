namespace DongDa.Search.Analyzers.Tests;

public class JoinedSyllableTests
{
    [Theory]
    [InlineData("ôtô", "ô tô")]
    [InlineData("Ôtô", "ô tô")]
    [InlineData("ximăng", "xi măng")]
    [InlineData("bêtông", "bê tông")]
    [InlineData("đôla", "đô la")]
    [InlineData("sôcôla", "sô cô la")]
    [InlineData("Ảrập", "ả rập")]
    [InlineData("vắcxin", "vắc xin")]
    [InlineData("Xêút", "xê út")] // a tone after a shape-marked vowel starts a syllable of its own (one would be xếu)
    [InlineData("thuỷđiện", "thủy điện")] // each syllable keyed as written apart: one tone placement
    [InlineData("o\u0302to\u0302", "ô tô")] // NFD
    public void LoanwordWrittenAsOneWord_GivesTheKeysOfItsSyllablesApart(string joined, string apart)
    {
        Assert.Equal(Keys.Tagged(apart), Keys.Tagged(joined));
        Assert.Equal(Keys.QueryKeys(apart), Keys.QueryKeys(joined));
    }

    [Fact]
    public void SyllablesOfAJoinedWord_AreConsecutivePositionsWithinItsOffsets()
    {
        var tokens = Keys.Tokens("xe ôtô mới").Where(t => t.Type == VietnameseTokenTypes.Folded).ToList();
        Assert.Equal(["xe", "o", "to", "moi"], tokens.Select(t => t.Term));
        Assert.Equal([0, 1, 2, 3], tokens.Select(t => t.Position - tokens[0].Position));
        Assert.Equal([(3, 4), (4, 6)], tokens.Skip(1).Take(2).Select(t => (t.Start, t.End)));
    }

    [Theory]
    [InlineData("nguời")] // a misplaced letter (người), not ngu + ời: no syllable after the first starts with a vowel
    [InlineData("đuợc")]
    [InlineData("ngưòi")] // ươ typed as ưo: one syllable's vowels
    [InlineData("kiốt")] // ki-ốt: where the vowel-initial syllable starts, only the hyphen shows
    [InlineData("verónica")] // acute and grave alone are also the marks of French and Spanish names
    [InlineData("napoléon")]
    [InlineData("matxcơva")] // no split into well-formed syllables (mát needs its tone)
    [InlineData("người")]
    [InlineData("online")] // no marks: English words spell syllables too (on li ne)
    [InlineData("HĐND")]
    public void WordThatIsNoRunOfSyllables_StaysOneWord(string word)
        => Assert.Single(Keys.QueryKeys(word));
}
