using System.Globalization;
using System.IO.Compression;
using System.Text;
using DongDa.Search.Encodings;
using DongDa.Search.Indexer.Runs;
using DongDa.Search.Schema;

namespace DongDa.Search.Indexer.Sources;

/// <summary>
/// Work for the parsing threads: one article file, or a batch of JSON lines, with the file's place in the input list.
/// </summary>
internal sealed record InputBatch(InputFile File, int FileIndex, ArticleFileFormat Format, byte[]? Bytes, List<string>? Lines, int FirstLine);

/// <summary>One article read from an input, with its place in input order and the reader's notes on it.</summary>
internal sealed record ReadArticle(Article Article, InputFile File, int? Line, long Order, List<string> Notes);

/// <summary>
/// Reads the inputs of a run: on one thread, opens each file, sniffs gzip and the format and cuts JSON Lines into
/// batches (<see cref="ReadAll"/>); on the worker threads, decodes and parses a batch into articles
/// (<see cref="Articles"/>). A bad input fails on its own, in the run record: it never stops the run.
/// </summary>
internal sealed class InputReader(ArticleIndexOptions options, RunRecord record)
{
    private const int LinesPerBatch = 64;

    /// <summary>
    /// The place of an article in input order: files in listing order, lines in file order. Duplicates are resolved by
    /// it, so the outcome does not depend on which thread parses what first.
    /// </summary>
    public static long Order(int fileIndex, int? line) => ((long)fileIndex << 32) | (uint)(line ?? 0);

    /// <summary>Reads <paramref name="files"/> in order and hands their batches to <paramref name="hand"/> until <paramref name="stopping"/> says so.</summary>
    public void ReadAll(IReadOnlyList<InputFile> files, Action<InputBatch> hand, Func<bool> stopping)
    {
        for (var index = 0; index < files.Count && !stopping(); index++)
        {
            var file = files[index];
            try
            {
                ReadFile(file, index, hand);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                record.Fail(file, null, InputFiles.Reason(e));
            }
        }
    }

    /// <summary>The articles of <paramref name="batch"/>; inputs that do not parse are failed in the run record and left out.</summary>
    public IEnumerable<ReadArticle> Articles(InputBatch batch)
    {
        var file = batch.File;
        if (batch.Lines is null)
        {
            var notes = new List<string>();
            var article = Parse(file, null, notes, () =>
            {
                var decoded = TextDecoding.Decode(batch.Bytes, options.ForcedEncoding);
                record.CountEncoding(decoded.EncodingName);
                return batch.Format == ArticleFileFormat.Html
                    ? HtmlArticle.Parse(decoded.Text, file.RelativePath, file.RelativePath, notes)
                    : PortalTextArticle.Parse(decoded.Text, file.RelativePath, file.RelativePath, notes);
            });
            if (article is not null)
            {
                yield return new ReadArticle(article, file, null, Order(batch.FileIndex, null), notes);
            }
            yield break;
        }
        for (var i = 0; i < batch.Lines.Count; i++)
        {
            var line = batch.Lines[i];
            var lineNumber = batch.FirstLine + i;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            if (line.Length > options.MaxArticleBytes)
            {
                record.Fail(file, lineNumber, $"line is longer than the {Megabytes(options.MaxArticleBytes)} limit for one article");
                continue;
            }
            var notes = new List<string>();
            var article = Parse(file, lineNumber, notes, () => JsonLineArticle.Parse(line, lineNumber, file.RelativePath, notes));
            if (article is not null)
            {
                yield return new ReadArticle(article, file, lineNumber, Order(batch.FileIndex, lineNumber), notes);
            }
        }
    }

    private void ReadFile(InputFile file, int index, Action<InputBatch> hand)
    {
        byte[] head;
        bool gzip;
        using (var stream = File.OpenRead(file.FullPath))
        {
            head = ReadHead(stream);
            gzip = FormatDetection.IsGzip(head);
            if (gzip)
            {
                stream.Position = 0;
                using var inflated = new GZipStream(stream, CompressionMode.Decompress);
                head = ReadHead(inflated);
            }
        }

        ArticleFileFormat format;
        try
        {
            format = FormatDetection.Detect(file.FullPath, head, options.ForcedEncoding);
        }
        catch (ArticleFormatException e)
        {
            record.CountBytes(file.Length);
            record.Fail(file, null, gzip ? "gzip file: " + e.Message : e.Message);
            return;
        }
        if (format == ArticleFileFormat.JsonLines)
        {
            ReadJsonLines(file, index, head, gzip, hand);
            return;
        }
        if (gzip)
        {
            record.CountBytes(file.Length);
            record.Fail(file, null, "gzip file that does not hold JSON Lines (only .jsonl may be gzipped)");
            return;
        }
        if (file.Length > options.MaxArticleBytes)
        {
            record.CountBytes(file.Length);
            record.Fail(file, null, $"file is {Megabytes(file.Length)}, larger than the {Megabytes(options.MaxArticleBytes)} limit for one article");
            return;
        }
        var bytes = File.ReadAllBytes(file.FullPath);
        record.CountBytes(bytes.Length);
        hand(new InputBatch(file, index, format, bytes, null, 0));
    }

    private static byte[] ReadHead(Stream stream)
    {
        var buffer = new byte[FormatDetection.SniffLength];
        var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return buffer[..length];
    }

    private void ReadJsonLines(InputFile file, int index, byte[] head, bool gzip, Action<InputBatch> hand)
    {
        var forced = options.ForcedEncoding is { } name ? TextDecoding.ResolveEncoding(name) : null;
        record.CountEncoding(forced?.WebName ?? ByteOrderMark.Sniff(head, out _) ?? TextDecoding.Utf8);

        Stream stream = new CountingStream(
            new FileStream(file.FullPath, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan),
            read => record.CountBytes(read));
        if (gzip)
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }
        using var reader = new StreamReader(stream, forced ?? Encoding.UTF8, detectEncodingFromByteOrderMarks: forced is null, bufferSize: 1 << 16);
        var lineNumber = 0;
        var batchStart = 1;
        var batch = new List<string>(LinesPerBatch);
        try
        {
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                lineNumber++;
                batch.Add(line);
                if (batch.Count == LinesPerBatch)
                {
                    hand(new InputBatch(file, index, ArticleFileFormat.JsonLines, null, batch, batchStart));
                    batch = new List<string>(LinesPerBatch);
                    batchStart = lineNumber + 1;
                }
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            record.Fail(file, lineNumber + 1, "the file ends abruptly or is corrupt (" + e.Message + "); lines before it are indexed");
        }
        if (batch.Count > 0)
        {
            hand(new InputBatch(file, index, ArticleFileFormat.JsonLines, null, batch, batchStart));
        }
    }

    /// <summary>
    /// Runs a parser; whatever goes wrong inside it fails this input only: bad input never stops the run.
    /// Writer errors are not caught here, they end the run.
    /// </summary>
    private Article? Parse(InputFile file, int? line, List<string> notes, Func<Article> parse)
    {
        try
        {
            return parse();
        }
        catch (ArticleFormatException e)
        {
            record.Fail(file, line, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            record.Fail(file, line, $"could not be read ({e.GetType().Name}: {e.Message})");
        }
        notes.Clear();
        return null;
    }

    private static string Megabytes(long bytes) => (bytes / 1048576.0).ToString("0.#", CultureInfo.InvariantCulture) + " MB";
}
