using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DongDa.Search;

/// <summary>
/// Passes every hit to <paramref name="inner"/> and stops the search when <paramref name="token"/> is cancelled. The token
/// is read once per segment and every 1,024 hits: a volatile read per hit would cost more than it saves.
/// </summary>
internal sealed class CancellableCollector(ICollector inner, CancellationToken token) : ICollector
{
    private int _sinceCheck;

    public bool AcceptsDocsOutOfOrder => inner.AcceptsDocsOutOfOrder;

    public void SetScorer(Scorer scorer) => inner.SetScorer(scorer);

    public void SetNextReader(AtomicReaderContext context)
    {
        token.ThrowIfCancellationRequested();
        inner.SetNextReader(context);
    }

    public void Collect(int doc)
    {
        if (++_sinceCheck == 1024)
        {
            _sinceCheck = 0;
            token.ThrowIfCancellationRequested();
        }
        inner.Collect(doc);
    }
}
