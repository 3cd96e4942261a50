using System.Globalization;
using System.Text;
using DongDa.Search.Encodings.Legacy;
using DongDa.Search.Testing;
using Xunit.Abstractions;

namespace DongDa.Search.Encodings.Tests;

/// <summary>
/// Cross-checks against the development data's legacy-encoding charmap (VIQR, VNI and TCVN3 columns from the npm
/// package vietnamese-conversion, the others from glibc iconv) and its 30 sample titles. Reported skipped, with
/// the reason, when the data is absent.
/// </summary>
public class SharedDataCrossCheckTests(ITestOutputHelper output)
{
    private const string Legacy = "legacy-encodings";

    private static string LegacyDir => Path.Combine(TestPaths.SharedData!, Legacy);

    private static List<Dictionary<string, string>> Charmap()
    {
        var lines = File.ReadAllLines(Path.Combine(LegacyDir, "vietnamese-legacy-charmap.tsv"));
        var header = lines[0].Split('\t');
        return [.. lines.Skip(1).Select(l => header.Zip(l.Split('\t')).ToDictionary(p => p.First, p => p.Second))];
    }

    private static byte[] Hex(string hex) => [.. hex.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(h => byte.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture))];

    [SharedDataFact(Legacy)]
    public void Charmap_EveryLetter_MatchesOurEncoders()
    {
        var rows = Charmap();
        Assert.Equal(134, rows.Count);
        foreach (var row in rows)
        {
            var letter = row["char"];
            Assert.True(row["viqr"] == Encoding.UTF8.GetString(LegacyEncodings.Encode(letter, "viqr")), "viqr " + letter);
            // The npm table writes ỷ/ỹ as 0xEB/0xEC, bytes VNI uses for the breve-and-dot mark and for ì, so its own
            // text could not be read back; the VNI fonts (and xvnkb's vni.h) have y + hook/tilde mark bytes.
            if (letter is not ("ỷ" or "Ỷ" or "ỹ" or "Ỹ"))
            {
                Assert.True(Hex(row["vni_windows_bytes"]).SequenceEqual(LegacyEncodings.Encode(letter, "vni")), "vni " + letter);
            }
            Assert.True(Hex(row["viscii_bytes"]).SequenceEqual(LegacyEncodings.Encode(letter, "viscii")), "viscii " + letter);
            Assert.True(Hex(row["cp1258_bytes"]).SequenceEqual(LegacyEncodings.Encode(letter, "cp1258")), "cp1258 " + letter);
            // TCVN3: lower case is one byte in both flavours; the table's capitals are "base capital + toned lower-case letter", which we read.
            var tcvn3 = Hex(row["tcvn3_abc_bytes"]);
            if (!char.IsUpper(letter[0]) || tcvn3.Length == 1)
            {
                Assert.True(tcvn3.SequenceEqual(LegacyEncodings.Encode(letter, "tcvn3")), "tcvn3 " + letter);
            }
            Assert.True(letter == Tcvn3Codec.Instance.Decode(tcvn3, recoverCase: false), "tcvn3 decode " + letter);
            var vn1 = Hex(row["tcvn5712_vn1_bytes_iconv"]);
            if (vn1.All(b => b >= 0xA0 || (b is >= 0x41 and < 0x80)))
            {
                Assert.True(letter == Tcvn3Codec.Instance.Decode(vn1, recoverCase: false), "vn1 decode " + letter);
            }
        }
    }

    [SharedDataTheory(Legacy)]
    [InlineData("samples.tcvn3-abc.txt", "tcvn3")]
    [InlineData("samples.vni-windows.txt", "vni")]
    [InlineData("samples.viscii.txt", "viscii")]
    [InlineData("samples.cp1258.txt", "windows-1258")]
    [InlineData("samples.viqr.txt", "viqr")]
    [InlineData("samples.utf8-nfc.txt", "utf-8")]
    [InlineData("samples.utf8-nfd.txt", "utf-8")]
    [InlineData("samples.utf16le-bom.txt", "utf-16")]
    public void Detect_SampleTitles_FileAndLineByLine(string file, string expected)
    {
        var bytes = File.ReadAllBytes(Path.Combine(LegacyDir, file));
        var reference = File.ReadAllText(Path.Combine(LegacyDir, "samples.utf8-nfc.txt")).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var detection = LegacyEncodingDetector.Detect(bytes);
        Assert.Equal(expected, detection.EncodingName);
        var lines = detection.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var sameText = lines.Zip(reference).Count(p => p.First == p.Second);
        // One title per file is too short to judge alone; count how many single lines are detected right, for the record.
        var lineDetected = 0;
        if (expected is not ("utf-16"))
        {
            var rawLines = SplitLines(bytes);
            lineDetected = rawLines.Count(l => LegacyEncodingDetector.Detect(l).EncodingName == expected);
        }
        output.WriteLine($"{file}: file read as {detection.EncodingName}; {sameText}/{reference.Length} titles give the UTF-8 title back; {lineDetected} single titles detected alone");
        Assert.True(sameText >= (expected == "viqr" ? 20 : 29), $"{sameText} titles right");
    }

    private static List<byte[]> SplitLines(byte[] bytes)
    {
        var lines = new List<byte[]>();
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i == bytes.Length || bytes[i] == (byte)'\n')
            {
                if (i > start)
                {
                    lines.Add(bytes[start..i]);
                }
                start = i + 1;
            }
        }
        return lines;
    }
}
