using System.Text;
using System.Text.Json;
using DongDa.Search.Encodings.Legacy;
using DongDa.Search.Testing;

namespace DongDa.Search.Cli.Tests;

public sealed class ConvertCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "dongda-convert-" + Guid.NewGuid().ToString("N"));

    public ConvertCommandTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static string Seed => File.ReadAllText(TestPaths.SeedArticle).ReplaceLineEndings("\n").Normalize(NormalizationForm.FormC);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Theory]
    [InlineData("tcvn3")]
    [InlineData("vni")]
    [InlineData("viqr")]
    [InlineData("windows-1258")]
    [InlineData("mojibake")]
    public void Convert_LegacyFile_WritesUtf8NfcAndReportsTheEncoding(string encoding)
    {
        var path = Write("old.txt", LegacyEncodings.Encode(Seed, encoding));
        var (code, output, error) = CliRunner.Run("convert", path);
        Assert.Equal(0, code);
        Assert.Equal(Seed, output);
        Assert.StartsWith($"{path}: {encoding} (detected", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_WithOutputFile_WritesUtf8WithoutByteOrderMark()
    {
        var path = Write("old.txt", LegacyEncodings.Encode(Seed, "vni"));
        var target = Path.Combine(_folder, "new.txt");
        var (code, output, _) = CliRunner.Run("convert", path, "-o", target);
        Assert.Equal(0, code);
        Assert.Equal("", output);
        var bytes = File.ReadAllBytes(target);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(Seed, Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Convert_Forced_UsesTheGivenEncodingAndSaysSo()
    {
        var path = Write("note.txt", "Vie^.t Nam"u8.ToArray());
        var (code, output, error) = CliRunner.Run("convert", path, "--from", "VIQR", "--json");
        Assert.Equal(0, code);
        Assert.Equal("Việt Nam", output);
        var report = JsonDocument.Parse(error).RootElement;
        Assert.Equal("viqr", report.GetProperty("encoding").GetString());
        Assert.True(report.GetProperty("forced").GetBoolean());
    }

    [Fact]
    public void Convert_CleanUtf8_IsWrittenUnchanged()
    {
        var path = Write("clean.txt", Encoding.UTF8.GetBytes(Seed));
        var (code, output, error) = CliRunner.Run("convert", path);
        Assert.Equal(0, code);
        Assert.Equal(Seed, output);
        Assert.Contains(": utf-8 (detected", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_UnknownEncoding_IsAUsageError()
    {
        var path = Write("x.txt", "x"u8.ToArray());
        var (code, _, error) = CliRunner.Run("convert", path, "--from", "klingon");
        Assert.Equal(1, code);
        Assert.Contains("klingon", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_MissingFile_IsAFailureNamingTheFile()
    {
        var path = Path.Combine(_folder, "missing.txt");
        var (code, _, error) = CliRunner.Run("convert", path);
        Assert.Equal(2, code);
        Assert.Contains(path, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_FolderOfMixedEncodings_ReportsFilesPerDetectedEncoding()
    {
        Write("a-tcvn3.txt", LegacyEncodings.Encode(Seed, "tcvn3"));
        Write("b-vni.txt", LegacyEncodings.Encode(Seed, "vni"));
        Write("c-utf8.txt", Encoding.UTF8.GetBytes(Seed));
        var (code, output, error) = CliRunner.Run("index", _folder, "--index", _folder + "-index", "--json");
        try
        {
            Assert.True(code == 0, error);
            var encodings = JsonDocument.Parse(output).RootElement.GetProperty("encodings");
            Assert.Equal(1, encodings.GetProperty("tcvn3").GetInt32());
            Assert.Equal(1, encodings.GetProperty("vni").GetInt32());
            Assert.Equal(1, encodings.GetProperty("utf-8").GetInt32());
        }
        finally
        {
            Directory.Delete(_folder + "-index", recursive: true);
        }
    }

    [Fact]
    public void Index_ForcedLegacyEncoding_IsAccepted()
    {
        Write("old.txt", LegacyEncodings.Encode(Seed, "vni"));
        var (code, output, error) = CliRunner.Run("index", _folder, "--index", _folder + "-index", "--encoding", "VNI-Windows", "--json");
        try
        {
            Assert.True(code == 0, error);
            Assert.Equal(1, JsonDocument.Parse(output).RootElement.GetProperty("encodings").GetProperty("vni").GetInt32());
        }
        finally
        {
            Directory.Delete(_folder + "-index", recursive: true);
        }
    }
}

