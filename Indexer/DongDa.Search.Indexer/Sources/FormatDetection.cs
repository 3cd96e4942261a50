using DongDa.Search.Encodings;

namespace DongDa.Search.Indexer.Sources;

/// <summary>Decides how to read a file from its first bytes, with the extension as a tie-breaker.</summary>
internal static class FormatDetection
{
    /// <summary>How many leading bytes <see cref="Detect"/> wants to see.</summary>
    public const int SniffLength = 4096;

    /// <summary>True when <paramref name="head"/> starts with the gzip magic number.</summary>
    public static bool IsGzip(ReadOnlySpan<byte> head) => head.Length >= 2 && head[0] == 0x1F && head[1] == 0x8B;

    /// <summary>The format of a file that starts with <paramref name="head"/> (already decompressed for gzip files).</summary>
    /// <exception cref="ArticleFormatException">Empty, binary, or whitespace only.</exception>
    public static ArticleFileFormat Detect(string path, ReadOnlySpan<byte> head, string? forcedEncoding)
    {
        if (head.IsEmpty)
        {
            throw new ArticleFormatException("empty file");
        }
        var text = TextDecoding.Decode(head, forcedEncoding).Text;
        if (LooksBinary(text))
        {
            throw new ArticleFormatException("binary file, not text (wrong file or wrong --encoding?)");
        }
        var start = text.AsSpan().TrimStart();
        if (start.IsEmpty)
        {
            throw new ArticleFormatException("empty file: whitespace only");
        }
        var extension = Path.GetExtension(path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path).ToLowerInvariant();
        if (start[0] == '{' || start[0] == '[' && extension is ".jsonl" or ".ndjson" or ".json")
        {
            return ArticleFileFormat.JsonLines;
        }
        if (extension is ".html" or ".htm" or ".xhtml" || start[0] == '<' && LooksLikeHtml(start))
        {
            return ArticleFileFormat.Html;
        }
        return ArticleFileFormat.PortalText;
    }

    private static bool LooksLikeHtml(ReadOnlySpan<char> start)
    {
        foreach (var marker in (ReadOnlySpan<string>)["<!doctype html", "<html", "<head", "<body", "<article", "<meta", "<p>", "<div"])
        {
            if (start.Contains(marker, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Vietnamese text is Latin letters, marks and punctuation with almost no control characters;
    /// binaries (images, archives, executables) read in any encoding are not.
    /// </summary>
    private static bool LooksBinary(string text)
    {
        int control = 0, foreign = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                return true;
            }
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))
            {
                control++;
            }
            else if (c is > '\u024F' and not (>= '\u0300' and <= '\u036F') and not (>= '\u1E00' and <= '\u1EFF') and not (>= '\u2000' and <= '\u20CF'))
            {
                foreign++;
            }
        }
        return control * 20 > text.Length || foreign * 3 > text.Length;
    }
}
