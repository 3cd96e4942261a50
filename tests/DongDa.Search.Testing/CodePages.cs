using System.Text;

namespace DongDa.Search.Testing;

/// <summary>Windows-1258 for writing test files.</summary>
public static class CodePages
{
    /// <summary>The Windows-1258 encoding (code pages provider registered).</summary>
    public static Encoding Windows1258 { get; } = Create();

    /// <summary>
    /// Text as Windows-1258 spells it: â ê ô ă ơ ư precomposed, the five tone marks as combining characters.
    /// </summary>
    public static string ToWindows1258Form(string text)
    {
        var result = new StringBuilder();
        var letter = new StringBuilder();
        var tones = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD) + "\0")
        {
            if (c is '\u0302' or '\u0306' or '\u031B')
            {
                letter.Append(c);
                continue;
            }
            if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                tones.Append(c);
                continue;
            }
            result.Append(letter.ToString().Normalize(NormalizationForm.FormC)).Append(tones);
            letter.Clear().Append(c);
            tones.Clear();
        }
        return result.ToString();
    }

    private static Encoding Create()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1258);
    }
}
