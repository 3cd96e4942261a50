using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DongDa.Search.Querying;

/// <summary>
/// Looks up the terms of one request with one terms enumerator per field and segment, and hands each term's per-segment
/// state to its <see cref="TermQuery"/>, so the query does not look it up again. Lucene otherwise makes a fresh
/// enumerator (frames, buffers, a cloned input) for every term in every segment, twice when a document frequency is
/// asked first: most of what a request allocated, and so most of its garbage collections. One instance per request:
/// enumerators are not thread-safe. The states of common terms are shared between requests (<see cref="CommonTermStates"/>).
/// </summary>
internal sealed class TermLookup(IndexReader reader)
{
    private readonly IndexReaderContext _top = reader.Context;
    private readonly IList<AtomicReaderContext> _leaves = reader.Leaves;
    private readonly Dictionary<string, TermsEnum?[]> _enumerators = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Field, string Text), TermContext> _found = [];
    private readonly Dictionary<string, TermsEnum?> _merged = new(StringComparer.Ordinal);
    private readonly CommonTermStates _common = CommonTermStates.Of(reader);

    /// <summary>The term's state in every segment that has it (document frequency 0 when none has); each term looked up once.</summary>
    public TermContext Find(string field, string text)
    {
        if (_found.TryGetValue((field, text), out var known))
        {
            return known;
        }
        if (_common.TryGet(field, text, out known))
        {
            _found[(field, text)] = known;
            return known;
        }
        var enumerators = Enumerators(field);
        var states = new TermContext(_top);
        var bytes = new BytesRef(text);
        for (var i = 0; i < enumerators.Length; i++)
        {
            if (enumerators[i] is { } terms && terms.SeekExact(bytes))
            {
                states.Register(terms.GetTermState(), _leaves[i].Ord, terms.DocFreq, terms.TotalTermFreq);
            }
        }
        _found[(field, text)] = states;
        _common.Offer(field, text, states);
        return states;
    }

    /// <summary>One enumerator over the terms of <paramref name="field"/> in all segments, for scans of a range of terms; null when no segment has the field.</summary>
    public TermsEnum? Merged(string field)
    {
        if (!_merged.TryGetValue(field, out var merged))
        {
            merged = MultiFields.GetTerms(reader, field)?.GetEnumerator();
            _merged[field] = merged;
        }
        return merged;
    }

    /// <summary>
    /// The articles of segment <paramref name="leaf"/> (its ordinal) holding the term, without frequencies; null when
    /// none does. <paramref name="reuse"/>, an enumerator this gave for the same segment, is reset instead of allocating.
    /// </summary>
    public DocsEnum? Docs(string field, string text, int leaf, IBits? liveDocs, DocsEnum? reuse)
    {
        var state = Find(field, text).Get(leaf);
        if (state is null || Enumerators(field)[leaf] is not { } terms)
        {
            return null;
        }
        terms.SeekExact(new BytesRef(text), state);
        return terms.Docs(liveDocs, reuse, DocsFlags.NONE);
    }

    /// <summary>This request's enumerator of <paramref name="field"/> in each segment (null where a segment lacks the field).</summary>
    private TermsEnum?[] Enumerators(string field)
    {
        if (!_enumerators.TryGetValue(field, out var enumerators))
        {
            enumerators = [.. _leaves.Select(leaf => leaf.AtomicReader.GetTerms(field)?.GetEnumerator())];
            _enumerators[field] = enumerators;
        }
        return enumerators;
    }
}
