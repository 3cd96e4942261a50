using System.Collections.Concurrent;
using DongDa.Search.Indexer.Sources;
using DongDa.Search.Schema;
using Lucene.Net.Index;

namespace DongDa.Search.Indexer.Runs;

/// <summary>
/// Adds, replaces or skips each article by its id and fingerprint, from any number of threads. When one id is read
/// twice in a run, the article read first in input order (files in listing order, lines in file order) wins, whatever
/// thread gets to it first: the index, the counts and the warnings are the same for any thread count.
/// </summary>
internal sealed class ArticleApplier(
    IndexWriter writer,
    bool indexTitles,
    IReadOnlyDictionary<string, (string Fingerprint, string? Path)> existing,
    RunRecord record)
{
    /// <summary>Stripes of locks over ids: deciding and writing one id is atomic, different ids go on in parallel.</summary>
    private readonly object[] _locks = [.. Enumerable.Range(0, 256).Select(_ => new object())];

    private readonly ConcurrentDictionary<string, Claim> _claims = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Id, InputFile File, int? Line)> _duplicates = new();
    private int _added;
    private int _updated;
    private int _unchanged;
    private long _changes;

    public int Added => Volatile.Read(ref _added);

    public int Updated => Volatile.Read(ref _updated);

    public int Unchanged => Volatile.Read(ref _unchanged);

    /// <summary>Documents written so far (what the commit policy counts).</summary>
    public long Changes => Interlocked.Read(ref _changes);

    /// <summary>True when the run read an article with this id.</summary>
    public bool WasRead(string id) => _claims.ContainsKey(id);

    /// <summary>
    /// Applies <paramref name="article"/>, read at <paramref name="order"/> in input order from <paramref name="file"/>
    /// (line <paramref name="line"/>), with the reader's <paramref name="notes"/>.
    /// </summary>
    public void Apply(Article article, InputFile file, int? line, long order, List<string> notes)
    {
        foreach (var note in notes)
        {
            record.Warn(new IndexIssue(file.DisplayPath, line, note));
        }
        var origin = line is { } l ? $"{file.DisplayPath}:{l}" : file.DisplayPath;
        lock (_locks[(int)((uint)StringComparer.Ordinal.GetHashCode(article.Id) % (uint)_locks.Length)])
        {
            _claims.TryGetValue(article.Id, out var earlier);
            if (earlier is not null && earlier.Order < order)
            {
                _duplicates.Enqueue((article.Id, file, line));
                record.CountProcessed();
                return;
            }
            if (earlier is not null)
            {
                // A later duplicate got here first (thread timing): this one takes its place and the other one is the duplicate.
                _duplicates.Enqueue((article.Id, earlier.File, earlier.Line));
                Count(earlier.Outcome, -1);
            }
            var outcome = Write(article, earlier is not null && earlier.Outcome != Outcome.Unchanged, file, line);
            _claims[article.Id] = new Claim(order, origin, file, line, outcome);
            if (outcome != Outcome.Failed)
            {
                record.CountProcessed();
            }
        }
    }

    /// <summary>One warning per duplicate, naming the article that was kept: call after the last <see cref="Apply"/>.</summary>
    public void ReportDuplicates()
    {
        foreach (var (id, file, line) in _duplicates)
        {
            record.Warn(new IndexIssue(file.DisplayPath, line, $"duplicate id '{id}' (first read from {_claims[id].Origin}); skipped"));
        }
    }

    private Outcome Write(Article article, bool replacesThisRun, InputFile file, int? line)
    {
        var fingerprint = ArticleDocuments.Fingerprint(article, indexTitles);
        var isKnown = existing.TryGetValue(article.Id, out var known);
        if (isKnown && known.Fingerprint == fingerprint && !replacesThisRun)
        {
            Count(Outcome.Unchanged, +1);
            return Outcome.Unchanged;
        }
        var document = ArticleDocuments.ToDocument(article, indexTitles, fingerprint);
        try
        {
            if (isKnown || replacesThisRun)
            {
                writer.UpdateDocument(new Term(ArticleFields.Id, article.Id), document);
            }
            else
            {
                writer.AddDocument(document);
            }
            Interlocked.Increment(ref _changes);
        }
        catch (ArgumentException e)
        {
            // Lucene refuses one document (e.g. a term over 32 KB) without harming the index.
            record.Fail(file, line, "Lucene refused the article: " + e.Message);
            return Outcome.Failed;
        }
        var outcome = !isKnown ? Outcome.Added : known.Fingerprint == fingerprint ? Outcome.Unchanged : Outcome.Updated;
        Count(outcome, +1);
        return outcome;
    }

    private void Count(Outcome outcome, int delta)
    {
        switch (outcome)
        {
            case Outcome.Added:
                Interlocked.Add(ref _added, delta);
                break;
            case Outcome.Updated:
                Interlocked.Add(ref _updated, delta);
                break;
            case Outcome.Unchanged:
                Interlocked.Add(ref _unchanged, delta);
                break;
        }
    }

    private enum Outcome
    {
        Added,
        Updated,
        Unchanged,
        Failed,
    }

    /// <summary>The article that holds an id so far: where it was read and what writing it did.</summary>
    private sealed record Claim(long Order, string Origin, InputFile File, int? Line, Outcome Outcome);
}
