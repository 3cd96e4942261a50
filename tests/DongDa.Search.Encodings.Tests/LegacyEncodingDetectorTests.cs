using System.Text;
using DongDa.Search.Encodings.Legacy;
using DongDa.Search.Testing;
using Xunit.Abstractions;

namespace DongDa.Search.Encodings.Tests;

public class LegacyEncodingDetectorTests(ITestOutputHelper output)
{
    private static IEnumerable<(string, string)> VietnameseTexts()
        => EncodingTestData.VietnameseParagraphs.Select((p, i) => ($"paragraph{i}", p))
            .Append(("seed", EncodingTestData.SeedArticle))
            .Append(("seed-title", EncodingTestData.SeedArticle.Split('\n')[2] + "\n"));

    [Fact]
    public void Detect_MixedSet_ConvertsNoCleanFileAndDetectsEveryLegacyFile()
    {
        var files = MixedSet.Build(VietnameseTexts(), EncodingTestData.EnglishAndNumeric.Select((t, i) => ($"english{i}", t))).ToList();
        var score = MixedSet.Measure(files);
        output.WriteLine(score.ToString());
        score.Errors.ForEach(output.WriteLine);
        Assert.Equal([], score.Errors);
        Assert.Equal(1.0, score.Precision);
        Assert.Equal(1.0, score.Recall);
    }

    [Fact]
    public void Detect_MixedSet_GivesBackTheOriginalText()
    {
        foreach (var file in MixedSet.Build(VietnameseTexts(), []))
        {
            var expected = file.TrueEncoding == LegacyEncodings.Viscii ? VisciiCodec.Representable(file.Text) : file.Text;
            Assert.Equal(expected, LegacyEncodingDetector.Detect(file.Bytes).Text);
        }
    }

    [Fact]
    public void Detect_Tcvn3_ReportsTheDecisionWithAReason()
    {
        var detection = LegacyEncodingDetector.Detect(LegacyEncodings.Encode(EncodingTestData.SeedArticle, "tcvn3"));
        Assert.Equal("tcvn3", detection.EncodingName);
        Assert.True(detection.Confidence > 0.95, detection.Reason);
        Assert.Contains("vni", detection.Reason, StringComparison.Ordinal);
        Assert.Contains("not UTF-8", detection.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_CleanUtf8WithStraySymbols_IsUtf8AndUnchanged()
    {
        const string text = "Giá vàng tăng 2% (≈ 1.081 USD/oz) – “kỷ lục” © 2019 ½ €5 ™ Ä Ã ß";
        var detection = LegacyEncodingDetector.Detect(Encoding.UTF8.GetBytes(text));
        Assert.Equal("utf-8", detection.EncodingName);
        Assert.Equal(text, detection.Text);
    }

    [Fact]
    public void Detect_Utf16WithoutByteOrderMark_IsUtf16()
    {
        var detection = LegacyEncodingDetector.Detect(Encoding.Unicode.GetBytes(EncodingTestData.VietnameseParagraphs[0]));
        Assert.Equal("utf-16", detection.EncodingName);
        Assert.Equal(EncodingTestData.VietnameseParagraphs[0], detection.Text);
    }

    [Fact]
    public void Detect_Empty_IsUtf8() => Assert.Equal("utf-8", LegacyEncodingDetector.Detect([]).EncodingName);

    [Fact]
    public void Detect_WesternEuropeanBytes_FallBackToWindows1258WithZeroConfidence()
    {
        var detection = LegacyEncodingDetector.Detect(Encoding.Latin1.GetBytes("Le café de la gare, déjà fermé"));
        Assert.Equal("windows-1258", detection.EncodingName);
        Assert.Equal(0, detection.Confidence);
    }

    [Fact]
    public void Detect_ViqrWithWindowsQuotes_IsViqr()
    {
        // 0x93, 0x94, 0x96: the Windows code page's “ ” and –.
        var bytes = Encoding.Latin1.GetBytes("\u0093Da^n va^.n khe'o\u0094 o+? qua^.n DDo^'ng DDa \u0096 mo^.t mo^ hi`nh hay");
        var detection = LegacyEncodingDetector.Detect(bytes);
        Assert.Equal("viqr", detection.EncodingName);
        Assert.Equal("“Dân vận khéo” ở quận Đống Đa – một mô hình hay", detection.Text);
    }

    [Fact]
    public void Detect_RepositorySourcesAndDocuments_AreNeverConverted()
    {
        // English prose, C# with ? ' . ^ ~ + everywhere, and Vietnamese comments: a stress test for stray symbols.
        // Tests are left out (they quote mojibake on purpose), and so is the repair's own source, which does too.
        var separator = Path.DirectorySeparatorChar;
        var files = Directory.EnumerateFiles(TestPaths.RepositoryRoot, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{separator}bin{separator}", StringComparison.Ordinal)
                && !f.Contains($"{separator}obj{separator}", StringComparison.Ordinal)
                && !IsInHiddenFolder(Path.GetRelativePath(TestPaths.RepositoryRoot, f))
                && !f.StartsWith(Path.Combine(TestPaths.RepositoryRoot, "tests"), StringComparison.Ordinal)
                && Path.GetExtension(f) is ".cs" or ".md" or ".csproj" or ".props" or "" or ".txt"
                && Path.GetFileName(f) != "MojibakeRepair.cs")
            .ToList();
        Assert.True(files.Count > 30, files.Count + " files");
        var converted = files
            .Select(f => (File: f, Detection: LegacyEncodingDetector.Detect(File.ReadAllBytes(f))))
            .Where(r => r.Detection.EncodingName != "utf-8")
            .Select(r => $"{r.File}: {r.Detection.EncodingName} ({r.Detection.Reason})")
            .ToList();
        Assert.Equal([], converted);
    }

    // .git and local indexes (.index from the README's first command) hold binary files; .ci holds a script to check.
    private static bool IsInHiddenFolder(string relativePath)
        => Path.GetDirectoryName(relativePath)!.Split(Path.DirectorySeparatorChar)
            .Any(folder => folder.StartsWith('.') && folder != ".ci");

    [Theory]
    [InlineData("mojibake")]
    [InlineData("tcvn3")]
    [InlineData("vni")]
    [InlineData("viqr")]
    [InlineData("viscii")]
    public void TextDecoding_LegacyBytes_GoThroughTheDetector(string encoding)
    {
        var decoded = TextDecoding.Decode(LegacyEncodings.Encode(EncodingTestData.VietnameseParagraphs[1], encoding), null);
        Assert.Equal(encoding, decoded.EncodingName);
        Assert.Equal(LegacyEncodings.Decode(LegacyEncodings.Encode(EncodingTestData.VietnameseParagraphs[1], encoding), encoding), decoded.Text);
    }

    [Fact]
    public void TextDecoding_MojibakeBehindAByteOrderMark_IsRepaired()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. LegacyEncodings.Encode(EncodingTestData.SeedArticle, "mojibake")];
        var decoded = TextDecoding.Decode(bytes, null);
        Assert.Equal(("mojibake", EncodingTestData.SeedArticle), (decoded.EncodingName, decoded.Text));
        Assert.Equal("utf-8-bom", TextDecoding.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Đống Đa")], null).EncodingName);
    }

    [Fact]
    public void TextDecoding_ForcedLegacyName_DecodesIt()
    {
        var decoded = TextDecoding.Decode(LegacyEncodings.Encode("Quận Đống Đa", "vni"), "VNI-Windows");
        Assert.Equal(("vni", "Quận Đống Đa"), (decoded.EncodingName, decoded.Text));
    }
}

