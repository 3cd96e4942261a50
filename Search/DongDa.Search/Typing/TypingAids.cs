using Lucene.Net.Index;

namespace DongDa.Search.Typing;

/// <summary>
/// The typing aids of one searcher: the syllable model of the reader it serves, with the restorer and completer over
/// it. The first reader's model is read on first use. A reader that a refresh brings is served at once with the model
/// before it, bound to the new reader's pairs (<see cref="SyllableModel.BoundTo"/>), while its own model is read in
/// the background: reading one takes a second or two on a large archive, and no request after a commit should wait
/// for it. <see cref="Ready"/> reads it at once instead, for a caller who refreshes explicitly. An older model is let
/// go when its reader closes, so beside the newest only the models of readers still open are held.
/// </summary>
internal sealed class TypingAids
{
    private readonly Lock _lock = new();
    private Aids? _current;
    private Aids? _previous;
    private Aids? _interim;
    private IndexReader? _loading;
    private int _modelsRead;

    /// <summary>
    /// Whether each model read is followed by one compacting collection that gives the memory of its reading back to
    /// the system (<see cref="DongDaSearchOptions.CompactAfterModelRead"/>).
    /// </summary>
    public bool CompactAfterRead { get; set; }

    /// <summary>How many models were read: one per reader served (for tests).</summary>
    public int ModelsRead => Volatile.Read(ref _modelsRead);

    /// <summary>How many models are held: those of the readers still open (for tests).</summary>
    public int Held => new[] { Volatile.Read(ref _current), Volatile.Read(ref _previous), Volatile.Read(ref _interim) }.Where(a => a is not null).Distinct().Count();

    /// <summary>The restorer and completer for <paramref name="reader"/> (which the caller holds open while using them).</summary>
    public (AccentRestorer Restorer, Completer Completer) For(IndexReader reader)
    {
        if (Find(reader) is { } found)
        {
            return (found.Restorer, found.Completer);
        }
        lock (_lock)
        {
            if (Find(reader) is { } again)
            {
                return (again.Restorer, again.Completer);
            }
            if (Volatile.Read(ref _current) is not { } current)
            {
                var made = Read(reader);
                Install(made);
                CompactIfAsked();
                return (made.Restorer, made.Completer);
            }
            var interim = Make(current.Restorer.Model.BoundTo(reader));
            Volatile.Write(ref _interim, interim);
            reader.AddReaderDisposedListener(new LetGo(this, interim));
            ReadInBackground(reader);
            return (interim.Restorer, interim.Completer);
        }
    }

    /// <summary>Reads the model of <paramref name="reader"/> now, unless it has one: after an explicit refresh.</summary>
    public void Ready(IndexReader reader)
    {
        lock (_lock)
        {
            if (ReferenceEquals(Volatile.Read(ref _current)?.Restorer.Model.Reader, reader))
            {
                // Read in the background meanwhile: nothing new to read, nothing to compact.
                return;
            }
            Install(Read(reader));
        }
        CompactIfAsked();
    }

    private void ReadInBackground(IndexReader reader)
    {
        if (_loading is not null || !reader.TryIncRef())
        {
            // One model at a time; a request on a still newer reader starts the next when this one is in.
            return;
        }
        _loading = reader;
        _ = Task.Run(() =>
        {
            try
            {
                var made = Read(reader);
                lock (_lock)
                {
                    Install(made);
                }
                CompactIfAsked();
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException)
            {
                // The reader went away (a newer commit, the searcher closed): the next request starts again.
            }
            finally
            {
                lock (_lock)
                {
                    _loading = null;
                }
                reader.DecRef();
            }
        });
    }

    /// <summary>
    /// Once a model is installed (and the one before let go from the slots), one compacting collection when
    /// <see cref="CompactAfterRead"/>: reading a model of the dev archive allocates about 200 MB for the 20 MB it keeps,
    /// and without it the heap keeps that room after every commit.
    /// </summary>
    private void CompactIfAsked()
    {
        if (CompactAfterRead)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    private Aids Read(IndexReader reader)
    {
        var made = Make(SyllableModel.Load(reader));
        Interlocked.Increment(ref _modelsRead);
        return made;
    }

    private void Install(Aids made)
    {
        var reader = made.Restorer.Model.Reader;
        // The model before stays for the requests still on its reader, unless that reader has closed already.
        var before = Volatile.Read(ref _current);
        Volatile.Write(ref _previous, before is not null && before.Restorer.Model.Reader.RefCount > 0 ? before : null);
        Volatile.Write(ref _current, made);
        if (Volatile.Read(ref _interim) is { } interim && ReferenceEquals(interim.Restorer.Model.Reader, reader))
        {
            Volatile.Write(ref _interim, null);
        }
        reader.AddReaderDisposedListener(new LetGo(this, made));
    }

    /// <summary>
    /// Lets <paramref name="aids"/> go from the slots of older readers; no lock, so closing a reader never waits for a
    /// model being read. The newest model stays whatever its reader: its counts serve the next reader at once (an idle
    /// service closes the old reader before any request reaches the new one).
    /// </summary>
    private void Release(Aids aids)
    {
        Interlocked.CompareExchange(ref _previous, null, aids);
        Interlocked.CompareExchange(ref _interim, null, aids);
    }

    private static Aids Make(SyllableModel model)
    {
        var restorer = new AccentRestorer(model);
        return new Aids(restorer, new Completer(restorer));
    }

    /// <summary>The aids held for <paramref name="reader"/>; every request asks, so no allocation.</summary>
    private Aids? Find(IndexReader reader)
        => For(Volatile.Read(ref _current), reader) ?? For(Volatile.Read(ref _previous), reader) ?? For(Volatile.Read(ref _interim), reader);

    private static Aids? For(Aids? aids, IndexReader reader)
        => aids is not null && ReferenceEquals(aids.Restorer.Model.Reader, reader) ? aids : null;

    private sealed record Aids(AccentRestorer Restorer, Completer Completer);

    /// <summary>
    /// Lets the aids of a reader go when it closes. Holds them weakly: the reader keeps its listeners as long as it is
    /// open, and the interim aids of the current reader (the model before, bound to it) would otherwise outlive their
    /// slot by a whole commit, a second model held for nothing. The slots hold every aids still in use.
    /// </summary>
    private sealed class LetGo(TypingAids owner, Aids aids) : IReaderDisposedListener
    {
        private readonly WeakReference<Aids> _aids = new(aids);

        public void OnDispose(IndexReader reader)
        {
            if (_aids.TryGetTarget(out var aids))
            {
                owner.Release(aids);
            }
        }
    }
}
