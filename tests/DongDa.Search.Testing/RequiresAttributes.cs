using System.Diagnostics;
using Xunit;

namespace DongDa.Search.Testing;

/// <summary>Why a test cannot do its work on this machine, or null when it can: the reason a skipped test reports.</summary>
public static class Requirements
{
    /// <summary>Null when <c>../shared/data/<paramref name="relativePath"/></c> exists, else the reason to skip.</summary>
    public static string? SharedData(string relativePath)
    {
        var data = TestPaths.SharedData;
        var path = data is null ? null : Path.Combine(data, relativePath);
        return path is not null && (File.Exists(path) || Directory.Exists(path))
            ? null
            : $"needs ../shared/data/{relativePath} (or DONGDA_SHARED_DATA), which this machine does not have";
    }

    /// <summary>Null when the <c>iconv</c> program runs and knows <paramref name="encoding"/>, else the reason to skip.</summary>
    public static string? Iconv(string encoding) => IconvEncodings.Value is { } known
        ? known.Contains(encoding) ? null : $"iconv on this machine does not know {encoding}"
        : "needs the iconv program, which is not installed";

    private static readonly Lazy<HashSet<string>?> IconvEncodings = new(ListIconvEncodings);

    private static HashSet<string>? ListIconvEncodings()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("iconv", "-l") { RedirectStandardOutput = true, UseShellExecute = false });
            if (process is null)
            {
                return null;
            }
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode != 0 ? null : output
                .Split([' ', ',', '\n', '\r', '/'], StringSplitOptions.RemoveEmptyEntries)
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}

/// <summary>A fact that reads <c>../shared/data/…</c>: reported skipped, with the reason, when the file is absent.</summary>
/// <param name="relativePath">The file or folder under ../shared/data the test reads.</param>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataFactAttribute(string relativePath) : FactAttribute
{
    /// <summary>The file or folder under ../shared/data the test reads.</summary>
    public string RelativePath { get; } = relativePath;

    /// <inheritdoc />
    public override string? Skip { get => base.Skip ?? Requirements.SharedData(RelativePath); set => base.Skip = value; }
}

/// <summary>A theory that reads <c>../shared/data/…</c>: reported skipped, with the reason, when the file is absent.</summary>
/// <param name="relativePath">The file or folder under ../shared/data the test reads.</param>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataTheoryAttribute(string relativePath) : TheoryAttribute
{
    /// <summary>The file or folder under ../shared/data the test reads.</summary>
    public string RelativePath { get; } = relativePath;

    /// <inheritdoc />
    public override string? Skip { get => base.Skip ?? Requirements.SharedData(RelativePath); set => base.Skip = value; }
}

/// <summary>A fact that compares with the <c>iconv</c> program: reported skipped, with the reason, without it.</summary>
/// <param name="encoding">The iconv encoding name the test converts with.</param>
[AttributeUsage(AttributeTargets.Method)]
public sealed class IconvFactAttribute(string encoding) : FactAttribute
{
    /// <summary>The iconv encoding name the test converts with.</summary>
    public string Encoding { get; } = encoding;

    /// <inheritdoc />
    public override string? Skip { get => base.Skip ?? Requirements.Iconv(Encoding); set => base.Skip = value; }
}

/// <summary>A theory that compares with the <c>iconv</c> program: reported skipped, with the reason, without it.</summary>
/// <param name="encodings">The iconv encoding names the cases convert with.</param>
[AttributeUsage(AttributeTargets.Method)]
public sealed class IconvTheoryAttribute(params string[] encodings) : TheoryAttribute
{
    /// <summary>The iconv encoding names the cases convert with.</summary>
    public IReadOnlyList<string> Encodings { get; } = encodings;

    /// <inheritdoc />
    public override string? Skip
    {
        get => base.Skip ?? Encodings.Select(Requirements.Iconv).FirstOrDefault(reason => reason is not null);
        set => base.Skip = value;
    }
}
