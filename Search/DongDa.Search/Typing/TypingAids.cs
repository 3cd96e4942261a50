using Lucene.Net.Index;

namespace DongDa.Search.Typing;

/// <summary>
/// The typing aids of one searcher: the syllable model of the reader it currently serves, read on first use and again
/// after a refresh brought a new reader, with the restorer and completer over it.
/// </summary>
internal sealed class TypingAids
{
    private readonly Lock _lock = new();
    private (AccentRestorer Restorer, Completer Completer)? _current;

    /// <summary>The restorer and completer for <paramref name="reader"/> (which the caller holds open while using them).</summary>
    public (AccentRestorer Restorer, Completer Completer) For(IndexReader reader)
    {
        var current = _current;
        if (current is { } c && ReferenceEquals(c.Restorer.Model.Reader, reader))
        {
            return c;
        }
        lock (_lock)
        {
            if (_current is { } again && ReferenceEquals(again.Restorer.Model.Reader, reader))
            {
                return again;
            }
            var restorer = new AccentRestorer(SyllableModel.Load(reader));
            var made = (restorer, new Completer(restorer));
            _current = made;
            return made;
        }
    }
}
