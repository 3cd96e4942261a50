using System.CommandLine;

namespace DongDa.Search.Cli.Commands;

/// <summary><c>dongda-search convert FILE [--from ENCODING] [-o OUT]</c>: rewrites a legacy-encoded file as UTF-8 NFC.</summary>
internal static class ConvertCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The text file to convert." };
        var from = new Option<string?>("--from", "--encoding")
        {
            Description = "Read FILE in this encoding instead of detecting it: utf-8, utf-16, windows-1258, tcvn3, vni, viqr, "
                + "viscii or mojibake (aliases such as cp1258, abc, vni-windows are accepted).",
            HelpName = "ENCODING",
        };
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write the converted text here instead of to standard output.", HelpName = "OUT" };
        var json = new Option<bool>("--json") { Description = "Report the decision on standard error as one JSON object (file, encoding, confidence, reason, forced)." };
        var command = new Command(
            "convert",
            "Detect the encoding of an old Vietnamese text file (TCVN3/ABC, VNI, VIQR, VISCII, Windows-1258, mojibake, "
            + "UTF-8, UTF-16) and write it as UTF-8 NFC. The detected encoding and the reason go to standard error.\n\n"
            + "Examples:\n  dongda-search convert old/baocao.txt -o baocao.utf8.txt\n  dongda-search convert note.txt --from viqr")
        {
            file,
            from,
            output,
            json,
        };
        command.SetAction(parse => ConvertLogic.Run(
            parse.GetValue(file)!,
            parse.GetValue(from),
            parse.GetValue(output),
            parse.GetValue(json),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return command;
    }
}
