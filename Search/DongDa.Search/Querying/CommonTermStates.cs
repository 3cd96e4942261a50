using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace DongDa.Search.Querying;

/// <summary>
/// The per-segment states of the terms many articles hold (a common syllable on each tier, a common pair), kept for one
/// reader across requests. Queries name the same common syllables again and again, and each look-up seeks the term
/// dictionary of every segment: about 60% of a headline's look-ups on the dev corpus. Rarer terms are looked up per
/// request only, so what is kept stays small; a new reader (after a commit) starts afresh.
/// </summary>
/// <remarks>
/// A state is only read after it was registered (a term query copies it into its own enumerator), so one instance
/// serves every thread searching the reader.
/// </remarks>
internal sealed class CommonTermStates
{
    /// <summary>A term is common when at least one article in this many holds it.</summary>
    internal const int ArticlesPerHolder = 100;

    /// <summary>Terms kept at most (the first common ones met; the most common are met first).</summary>
    internal const int Capacity = 50_000;

    private static readonly ConditionalWeakTable<IndexReader, CommonTermStates> ByReader = [];

    private readonly ConcurrentDictionary<(string Field, string Text), TermContext> _states = new();
    private readonly int _minDocFreq;

    private CommonTermStates(IndexReader reader) => _minDocFreq = Math.Max(2, reader.MaxDoc / ArticlesPerHolder);

    /// <summary>The common terms of <paramref name="reader"/>, kept as long as the reader lives.</summary>
    public static CommonTermStates Of(IndexReader reader) => ByReader.GetValue(reader, r => new CommonTermStates(r));

    /// <summary>The states of a common term already looked up.</summary>
    public bool TryGet(string field, string text, out TermContext states) => _states.TryGetValue((field, text), out states!);

    /// <summary>Keeps <paramref name="states"/> when the term is common and there is room.</summary>
    public void Offer(string field, string text, TermContext states)
    {
        if (states.DocFreq >= _minDocFreq && _states.Count < Capacity)
        {
            _states.TryAdd((field, text), states);
        }
    }
}
