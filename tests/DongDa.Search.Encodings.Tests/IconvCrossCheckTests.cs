using System.Diagnostics;
using System.Text;
using DongDa.Search.Encodings.Legacy;
using DongDa.Search.Testing;

namespace DongDa.Search.Encodings.Tests;

/// <summary>
/// Cross-checks the hand-written tables against glibc iconv (TCVN5712-1, VISCII, CP1258), an independent
/// implementation. Reported skipped, with the reason, on machines without iconv.
/// </summary>
public class IconvCrossCheckTests
{
    [IconvFact("VISCII")]
    public void Decode_EveryByte_MatchesIconvViscii()
    {
        var iconv = IconvPerByte("VISCII", 0x00, 0xFF) ?? throw new InvalidOperationException("iconv failed");
        for (var b = 0; b <= 0xFF; b++)
        {
            if (b != '\n')
            {
                Assert.True(iconv[b] == LegacyEncodings.Decode([(byte)b], "viscii"), $"VISCII byte {b:X2}");
            }
        }
    }

    [IconvFact("TCVN5712-1")]
    public void Decode_EveryUpperByte_MatchesIconvTcvn5712()
    {
        // From 0xA0 up, TCVN3 (VN3) and glibc's TCVN5712-1 (VN1) agree; below, VN1 has capitals where the .VnTime fonts keep Windows-1252 punctuation.
        var iconv = IconvPerByte("TCVN5712-1", 0xA0, 0xFF) ?? throw new InvalidOperationException("iconv failed");
        for (var b = 0xA0; b <= 0xFF; b++)
        {
            Assert.True(iconv[b] == Tcvn3Codec.Instance.Decode([(byte)b], recoverCase: false), $"TCVN3 byte {b:X2}");
        }
    }

    [IconvFact("CP1258")]
    public void Decode_EveryAssignedByte_MatchesIconvCp1258()
    {
        var iconv = IconvPerByte("CP1258", 0x80, 0xFF) ?? throw new InvalidOperationException("iconv failed");
        var compared = 0;
        for (var b = 0x80; b <= 0xFF; b++)
        {
            if (iconv[b].Length > 0)
            {
                Assert.True(iconv[b] == LegacyEncodings.Decode([(byte)b], "windows-1258"), $"CP1258 byte {b:X2}");
                compared++;
            }
        }
        Assert.Equal(119, compared); // 128 minus the 9 bytes Windows-1258 leaves unassigned
    }

    [IconvTheory("VISCII", "CP1258", "TCVN5712-1")]
    [InlineData("VISCII", "viscii", false)]
    [InlineData("CP1258", "windows-1258", false)]
    [InlineData("TCVN5712-1", "tcvn3", true)]
    public void Encode_EveryLetter_MatchesIconv(string iconvName, string encoding, bool lowerCaseOnly)
    {
        var letters = VietnameseLetters.AllLetters().Where(c => !lowerCaseOnly || !char.IsUpper(c) || "ĂÂÊÔƠƯĐ".Contains(c, StringComparison.Ordinal)).ToList();
        var text = string.Join("\n", letters);
        var iconv = Iconv(["-f", "UTF-8", "-t", iconvName], Encoding.UTF8.GetBytes(text)) ?? throw new InvalidOperationException("iconv failed");
        Assert.Equal(iconv, LegacyEncodings.Encode(text, encoding));
    }

    // Each byte of the range on its own line through iconv -c (unassigned bytes give empty lines); null without iconv.
    private static Dictionary<int, string>? IconvPerByte(string encoding, int first, int last)
    {
        var input = new List<byte>();
        for (var b = first; b <= last; b++)
        {
            if (b != '\n')
            {
                input.Add((byte)b);
                input.Add((byte)'\n');
            }
        }
        var output = Iconv(["-c", "-f", encoding, "-t", "UTF-8"], [.. input]);
        if (output is null)
        {
            return null;
        }
        var lines = Encoding.UTF8.GetString(output).Split('\n');
        var result = new Dictionary<int, string>();
        var line = 0;
        for (var b = first; b <= last; b++)
        {
            if (b != '\n')
            {
                result[b] = lines[line++];
            }
        }
        return result;
    }

    private static byte[]? Iconv(string[] arguments, byte[] input)
    {
        var start = new ProcessStartInfo("iconv") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no iconv on this machine
        }
        using (process)
        {
            var readOutput = Task.Run(() =>
            {
                using var buffer = new MemoryStream();
                process.StandardOutput.BaseStream.CopyTo(buffer);
                return buffer.ToArray();
            });
            process.StandardInput.BaseStream.Write(input);
            process.StandardInput.Close();
            var result = readOutput.Result;
            process.WaitForExit();
            return process.ExitCode == 0 || arguments.Contains("-c") ? result : null;
        }
    }
}
