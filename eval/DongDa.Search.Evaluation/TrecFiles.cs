using System.Globalization;

namespace DongDa.Search.Evaluation;

/// <summary>A search topic: an id and the query text.</summary>
/// <param name="Id">Query id (no white space).</param>
/// <param name="Query">The query as a user would type it.</param>
public sealed record Topic(string Id, string Query);

/// <summary>One line of a TREC run: <c>qid Q0 docid rank score tag</c>.</summary>
/// <param name="QueryId">Query id.</param>
/// <param name="DocumentId">Article id.</param>
/// <param name="Rank">Rank from 1.</param>
/// <param name="Score">Score; evaluation orders by it, as trec_eval does.</param>
/// <param name="Tag">Run name.</param>
public sealed record RunEntry(string QueryId, string DocumentId, int Rank, double Score, string Tag);

/// <summary>A line of a file that does not have the expected shape; the message names the file and line.</summary>
public sealed class TrecFormatException(string message) : FormatException(message);

/// <summary>Reads and writes the plain-text files of TREC-style evaluation: topics, qrels and runs.</summary>
public static class TrecFiles
{
    /// <summary>Reads topics, one <c>qid&lt;TAB&gt;query</c> a line; blank lines and <c>#</c> comments are skipped.</summary>
    /// <exception cref="TrecFormatException">A line has no tab or an empty id.</exception>
    public static IReadOnlyList<Topic> ReadTopics(string path)
    {
        var topics = new List<Topic>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var tab = line.IndexOf('\t');
            if (tab <= 0 || line[..tab].Any(char.IsWhiteSpace))
            {
                throw new TrecFormatException($"{path}:{number}: expected 'qid<TAB>query'");
            }
            var id = line[..tab];
            if (!seen.Add(id))
            {
                throw new TrecFormatException($"{path}:{number}: topic '{id}' appears twice");
            }
            topics.Add(new Topic(id, line[(tab + 1)..]));
        }
        return topics;
    }

    /// <summary>Writes topics as <c>qid&lt;TAB&gt;query</c> lines.</summary>
    public static void WriteTopics(TextWriter writer, IEnumerable<Topic> topics)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(topics);
        foreach (var topic in topics)
        {
            writer.Write(topic.Id);
            writer.Write('\t');
            writer.WriteLine(topic.Query.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' '));
        }
    }

    /// <summary>Reads qrels, <c>qid iter docid relevance</c> a line (white-space separated): query id → document id → grade.</summary>
    /// <exception cref="TrecFormatException">A line does not have four fields or its grade is not an integer.</exception>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> ReadQrels(string path)
    {
        var qrels = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }
            var cells = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (cells.Length != 4 || !int.TryParse(cells[3], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var grade))
            {
                throw new TrecFormatException($"{path}:{number}: expected 'qid 0 docid relevance'");
            }
            if (!qrels.TryGetValue(cells[0], out var judged))
            {
                judged = new Dictionary<string, int>(StringComparer.Ordinal);
                qrels[cells[0]] = judged;
            }
            judged[cells[2]] = grade;
        }
        return qrels.ToDictionary(p => p.Key, p => (IReadOnlyDictionary<string, int>)p.Value, StringComparer.Ordinal);
    }

    /// <summary>Writes one qrels line per judged document.</summary>
    public static void WriteQrels(TextWriter writer, IEnumerable<(string QueryId, string DocumentId, int Grade)> judgments)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(judgments);
        foreach (var (queryId, documentId, grade) in judgments)
        {
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{queryId} 0 {documentId} {grade}"));
        }
    }

    /// <summary>Reads a run, <c>qid Q0 docid rank score tag</c> a line.</summary>
    /// <exception cref="TrecFormatException">A line does not have six fields or its rank or score is not a number.</exception>
    public static IReadOnlyList<RunEntry> ReadRun(string path)
    {
        var entries = new List<RunEntry>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var cells = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (cells.Length != 6
                || !int.TryParse(cells[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var rank)
                || !double.TryParse(cells[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var score))
            {
                throw new TrecFormatException($"{path}:{number}: expected 'qid Q0 docid rank score tag'");
            }
            entries.Add(new RunEntry(cells[0], cells[2], rank, score, cells[5]));
        }
        return entries;
    }

    /// <summary>Writes one run line: <c>qid Q0 docid rank score tag</c>.</summary>
    public static void WriteRunLine(TextWriter writer, RunEntry entry)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(entry);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{entry.QueryId} Q0 {entry.DocumentId} {entry.Rank} {entry.Score:0.######} {entry.Tag}"));
    }
}
