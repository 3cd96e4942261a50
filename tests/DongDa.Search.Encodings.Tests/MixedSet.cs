using System.Globalization;
using System.Text;
using DongDa.Search.Encodings.Legacy;

namespace DongDa.Search.Encodings.Tests;

/// <summary>One file of a detector test set: its bytes, the encoding it is in, and the text it holds.</summary>
internal sealed record MixedFile(string Label, byte[] Bytes, string TrueEncoding, string Text)
{
    /// <summary>Clean Unicode: must be read as it is, never converted.</summary>
    public bool IsClean => TrueEncoding is LegacyEncodings.Utf8 or LegacyEncodings.Utf16;
}

/// <summary>Builds the mixed set (every text in Unicode and in every legacy form) and scores the detector on it.</summary>
internal static class MixedSet
{
    /// <summary>The forms each Vietnamese text is written in; "mojibake2" is mangled twice.</summary>
    public static readonly string[] Forms = ["utf-8", "utf-8-nfd", "utf-16", "tcvn3", "vni", "viqr", "viscii", "windows-1258", "mojibake", "mojibake2"];

    public static IEnumerable<MixedFile> Build(IEnumerable<(string Label, string Text)> vietnamese, IEnumerable<(string Label, string Text)> clean)
    {
        foreach (var (label, text) in vietnamese)
        {
            foreach (var form in Forms)
            {
                var bytes = form switch
                {
                    "utf-8-nfd" => Encoding.UTF8.GetBytes(text.Normalize(NormalizationForm.FormD)),
                    "mojibake2" => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(LegacyEncodings.Encode(Encoding.UTF8.GetString(LegacyEncodings.Encode(text, "mojibake")), "mojibake"))),
                    _ => LegacyEncodings.Encode(text, form),
                };
                var trueEncoding = form switch
                {
                    "utf-8-nfd" => LegacyEncodings.Utf8,
                    "mojibake2" => LegacyEncodings.Mojibake,
                    _ => form,
                };
                // Text without diacritics comes out as the same ASCII bytes in every form: that file is plain UTF-8.
                if (bytes.AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(text)))
                {
                    trueEncoding = LegacyEncodings.Utf8;
                }
                yield return new MixedFile($"{label}.{form}", bytes, trueEncoding, text);
            }
        }
        foreach (var (label, text) in clean)
        {
            yield return new MixedFile(label + ".utf-8", Encoding.UTF8.GetBytes(text), LegacyEncodings.Utf8, text);
        }
    }

    /// <summary>Detection figures over a set: legacy files are the positives; a clean file read as legacy is a false positive.</summary>
    internal sealed record Score(int Files, int Legacy, int Clean, int LegacyRight, int LegacyWrongName, int LegacyMissed, int CleanConverted, List<string> Errors)
    {
        /// <summary>Of the files the detector converted, the share it converted from their true encoding.</summary>
        public double Precision => LegacyRight + LegacyWrongName + CleanConverted == 0 ? 1 : (double)LegacyRight / (LegacyRight + LegacyWrongName + CleanConverted);

        /// <summary>Of the legacy files, the share detected as their true encoding.</summary>
        public double Recall => Legacy == 0 ? 1 : (double)LegacyRight / Legacy;

        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"{Files} files ({Legacy} legacy, {Clean} clean): precision {Precision:0.0000}, recall {Recall:0.0000}; "
            + $"clean converted {CleanConverted}, legacy missed {LegacyMissed}, legacy as the wrong encoding {LegacyWrongName}");
    }

    public static Score Measure(IEnumerable<MixedFile> files)
    {
        int count = 0, legacy = 0, clean = 0, right = 0, wrongName = 0, missed = 0, cleanConverted = 0;
        var errors = new List<string>();
        foreach (var file in files)
        {
            count++;
            var detection = LegacyEncodingDetector.Detect(file.Bytes);
            var convertedByDetector = detection.EncodingName is not (LegacyEncodings.Utf8 or LegacyEncodings.Utf16);
            if (file.IsClean)
            {
                clean++;
                if (convertedByDetector || detection.EncodingName != file.TrueEncoding)
                {
                    cleanConverted++;
                    errors.Add($"{file.Label}: clean read as {detection.EncodingName} ({detection.Reason})");
                }
            }
            else
            {
                legacy++;
                if (detection.EncodingName == file.TrueEncoding)
                {
                    right++;
                }
                else if (convertedByDetector)
                {
                    wrongName++;
                    errors.Add($"{file.Label}: read as {detection.EncodingName} ({detection.Reason})");
                }
                else
                {
                    missed++;
                    errors.Add($"{file.Label}: missed, read as {detection.EncodingName} ({detection.Reason})");
                }
            }
        }
        return new Score(count, legacy, clean, right, wrongName, missed, cleanConverted, errors);
    }
}
