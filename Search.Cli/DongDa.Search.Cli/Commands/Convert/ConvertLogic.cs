using System.Globalization;
using System.Text;
using DongDa.Search.Encodings.Legacy;

namespace DongDa.Search.Cli.Commands;

/// <summary>Decodes one file (detected or forced encoding) and writes it as UTF-8 NFC.</summary>
internal static class ConvertLogic
{
    /// <summary>The decision as <c>convert --json</c> reports it on standard error.</summary>
    internal sealed record ConvertReport(string File, string Encoding, double Confidence, string Reason, bool Forced);

    public static int Run(FileInfo file, string? from, FileInfo? outputFile, bool json, TextWriter output, TextWriter error)
    {
        string? forced = null;
        if (from is not null)
        {
            forced = LegacyEncodings.Canonicalize(from)
                ?? throw new CliUsageException($"--from: unknown encoding '{from}'; known: {string.Join(", ", LegacyEncodings.Names)}");
        }
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file.FullName);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliFailureException($"{file.FullName}: cannot read: {e.Message}", e);
        }
        var detection = forced is null
            ? LegacyEncodingDetector.Detect(bytes)
            : new LegacyDetection(forced, LegacyEncodings.Decode(bytes, forced), 1, "forced with --from");
        if (outputFile is null)
        {
            output.Write(detection.Text);
        }
        else
        {
            try
            {
                File.WriteAllText(outputFile.FullName, detection.Text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliFailureException($"{outputFile.FullName}: cannot write: {e.Message}", e);
            }
        }
        error.WriteLine(json
            ? JsonOutput.Line(new ConvertReport(file.FullName, detection.EncodingName, Math.Round(detection.Confidence, 3), detection.Reason, forced is not null))
            : string.Create(CultureInfo.InvariantCulture,
                $"{file.FullName}: {detection.EncodingName} ({(forced is null ? $"detected, confidence {detection.Confidence:0.00}" : "forced")}): {detection.Reason}"));
        return ExitCodes.Ok;
    }
}
