using System.Text;
using DongDa.Search.Encodings.Legacy;

namespace DongDa.Search.Encodings.Tests;

public class MojibakeRepairTests
{
    private static string Mangle(string text) => Encoding.UTF8.GetString(LegacyEncodings.Encode(text, "mojibake"));

    [Fact]
    public void Repair_OnceMangled_GivesTheOriginal()
    {
        Assert.Equal("Ngày Ä‘Äƒng".Replace("Ngày", "NgÃ\u00A0y", StringComparison.Ordinal), Mangle("Ngày đăng"));
        var result = MojibakeRepair.Repair(Mangle("Ngày đăng 13/12/2019"));
        Assert.Equal("Ngày đăng 13/12/2019", result.Text);
        Assert.Equal(1, result.Rounds);
    }

    [Fact]
    public void Repair_NoBreakSpaceSavedAsSpace_IsRepairedToo()
        => Assert.Equal("Ngày đăng", MojibakeRepair.Repair("NgÃ y Ä‘Äƒng").Text);

    [Fact]
    public void Repair_DoublyMangled_GivesTheOriginal()
    {
        var twice = Mangle(Mangle(EncodingTestData.SeedArticle));
        var result = MojibakeRepair.Repair(twice);
        Assert.Equal(EncodingTestData.SeedArticle, result.Text);
        Assert.Equal(2, result.Rounds);
    }

    [Fact]
    public void Repair_CleanText_IsUnchanged()
    {
        foreach (var text in EncodingTestData.VietnameseParagraphs.Append(EncodingTestData.SeedArticle).Concat(EncodingTestData.EnglishAndNumeric))
        {
            var result = MojibakeRepair.Repair(text);
            Assert.Equal(0, result.Repairs);
            Assert.Equal(text.Normalize(NormalizationForm.FormC), result.Text);
        }
    }

    [Fact]
    public void Repair_LatinOneReading_WithC1Controls_IsRepaired()
        => Assert.Equal("người Đống", MojibakeRepair.Repair(Encoding.Latin1.GetString(Encoding.UTF8.GetBytes("người Đống"))).Text);

    [Fact]
    public void Repair_Utf8ReadAsWindows1258_GivesTheOriginal()
    {
        // Notepad on Vietnamese Windows opens a UTF-8 file without a byte-order mark in the ANSI code page, 1258.
        var mangled = Windows1258Codec.Instance.DecodeRaw(Encoding.UTF8.GetBytes(EncodingTestData.SeedArticle));
        Assert.NotEqual(EncodingTestData.SeedArticle, mangled);
        Assert.Equal(EncodingTestData.SeedArticle, MojibakeRepair.Repair(mangled).Text);
        var detection = LegacyEncodingDetector.Detect(Encoding.UTF8.GetBytes(mangled));
        Assert.Equal(("mojibake", EncodingTestData.SeedArticle), (detection.EncodingName, detection.Text));
    }

    [Fact]
    public void Repair_UnassignedBytesReplacedByQuestionMarks_AreGuessedFromTheSyllable()
    {
        // As Python's bytes.decode("cp1252", errors="replace") and a save would leave it.
        Assert.Equal("người Đống Đa thời", MojibakeRepair.Repair(MangleWithReplacement("người Đống Đa thời")).Text);
        // "về" could be vờ, về, vọ or vỏ: the commonest letter is taken, and here it is wrong.
        Assert.Equal("vờ", MojibakeRepair.Repair(MangleWithReplacement("đi về")).Text[3..]);
    }

    /// <summary>UTF-8 read as Windows-1252 with unassigned bytes replaced by U+FFFD, as Python's errors="replace" does.</summary>
    internal static string MangleWithReplacement(string text)
        => new([.. Encoding.UTF8.GetBytes(text).Select(b => b is 0x81 or 0x8D or 0x8F or 0x90 or 0x9D ? '\uFFFD' : LegacyEncodings.ReadAsWindows1252([b])[0])]);
}

