using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace DongDa.Search.Querying;

/// <summary>
/// The articles that write every one of some keys, each in any of some fields, as a bit set per segment. A query
/// filtered by it with random access (<see cref="Filtering"/>) is scored as it would be alone, over its own matches, each
/// tested against the set. A word's exact key is often most of its folded key's articles (tết of tet): requiring it as a
/// clause instead would advance every clause of the query to each article of the key, which costs more than the whole
/// query alone.
/// </summary>
internal sealed class WrittenInFilter(IReadOnlyList<string> keys, IReadOnlyList<string> fields) : Filter
{
    /// <summary><paramref name="query"/>, scored as it is, matching only the articles this filter keeps.</summary>
    public Query Filtering(Query query) => new FilteredQuery(query, this, FilteredQuery.RANDOM_ACCESS_FILTER_STRATEGY);

    /// <inheritdoc />
    public override DocIdSet? GetDocIdSet(AtomicReaderContext context, IBits? acceptDocs)
    {
        FixedBitSet? all = null;
        foreach (var key in keys)
        {
            var written = WrittenIn(context.AtomicReader, key, acceptDocs);
            if (written is null)
            {
                return null;
            }
            if (all is null)
            {
                all = written;
            }
            else
            {
                all.And(written);
            }
        }
        return all;
    }

    /// <summary>The articles of <paramref name="reader"/> that write <paramref name="key"/> in any of the fields; null when none does.</summary>
    private FixedBitSet? WrittenIn(AtomicReader reader, string key, IBits? acceptDocs)
    {
        var bytes = new BytesRef(key);
        FixedBitSet? written = null;
        DocsEnum? docs = null;
        foreach (var field in fields)
        {
            var termsEnum = reader.GetTerms(field)?.GetEnumerator();
            if (termsEnum is null || !termsEnum.SeekExact(bytes))
            {
                continue;
            }
            docs = termsEnum.Docs(acceptDocs, docs, DocsFlags.NONE);
            written ??= new FixedBitSet(reader.MaxDoc);
            for (var doc = docs.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.NextDoc())
            {
                written.Set(doc);
            }
        }
        return written;
    }

    /// <inheritdoc />
    public override string ToString() => $"WrittenIn({string.Join(' ', keys)} in {string.Join(',', fields)})";
}
