using System.IO.MemoryMappedFiles;
using Lucene.Net.Store;

namespace DongDa.Search.Storage;

/// <summary>
/// An index folder read through memory maps, with Lucene's buffered inputs on top: a buffer refill is a copy from the
/// mapped file, with no system call, no lock and no shared file position between the threads that search, and nothing
/// kept per clone of an input.
/// </summary>
/// <remarks>
/// Lucene.Net 4.8.0-beta00017's <see cref="MMapDirectory"/> records every clone of an input (each postings, term and
/// stored-fields reader of every query clones one) in a <c>ConditionalWeakTable</c> so that it can unmap safely on
/// close: on this index a garbage collection of the youngest generation then took about 10 ms instead of 1, and a
/// served index grew its memory with the traffic (apache/lucenenet#1151, fixed after beta00017); its inputs also read
/// byte by byte through a view accessor. <see cref="NIOFSDirectory"/> serializes the reads of one file behind a lock and
/// a seek, and a positional read per refill (<c>pread</c>, this class's first form) spent half of a search's time in
/// the system call. Here a clone needs no record: every copy takes a reference on the mapped view's handle for its
/// duration, so a clone read after its file was closed throws <see cref="ObjectDisposedException"/> and never touches
/// unmapped memory. Writing is <see cref="FSDirectory"/>'s own; the searcher only reads.
/// </remarks>
internal sealed class MappedReadDirectory(string path) : FSDirectory(new DirectoryInfo(path), null)
{
    /// <inheritdoc />
    public override IndexInput OpenInput(string name, IOContext context)
    {
        var file = OpenFile(name);
        return new MappedInput($"MappedInput(path=\"{name}\")", file, 0, file.Length, BufferedIndexInput.GetBufferSize(context), ownsFile: true);
    }

    /// <inheritdoc />
    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
        => new Slicer(name, OpenFile(name), BufferedIndexInput.GetBufferSize(context));

    /// <summary>File <paramref name="name"/> mapped for reading; the writer may still delete or replace it (its readers keep their map).</summary>
    private MappedFile OpenFile(string name)
    {
        EnsureOpen();
        return MappedFile.Open(Path.Combine(Directory.FullName, name));
    }

    /// <summary>A whole file mapped read-only (an empty file has no map and nothing to read).</summary>
    private sealed class MappedFile : IDisposable
    {
        private readonly MemoryMappedFile? _map;
        private readonly MemoryMappedViewAccessor? _view;

        private MappedFile(MemoryMappedFile? map, MemoryMappedViewAccessor? view, long length)
        {
            _map = map;
            _view = view;
            Length = length;
        }

        public long Length { get; }

        public static MappedFile Open(string path)
        {
            var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            MemoryMappedFile? map = null;
            try
            {
                var length = RandomAccess.GetLength(handle);
                if (length == 0)
                {
                    handle.Dispose();
                    return new MappedFile(null, null, 0);
                }
                map = MemoryMappedFile.CreateFromFile(handle, null, 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: false);
                return new MappedFile(map, map.CreateViewAccessor(0, 0, MemoryMappedFileAccess.Read), length);
            }
            catch
            {
                map?.Dispose();
                handle.Dispose();
                throw;
            }
        }

        /// <summary>
        /// Copies the bytes at <paramref name="position"/> (within <see cref="Length"/>, which the input checks); throws
        /// <see cref="ObjectDisposedException"/> once the file is closed.
        /// </summary>
        public void Read(long position, Span<byte> target)
        {
            if (_view is null)
            {
                // An empty file: within its length there is nothing to copy.
                return;
            }
            // SafeBuffer.ReadSpan holds a reference on the view's handle while it copies: a concurrent Dispose waits for it.
            _view.SafeMemoryMappedViewHandle.ReadSpan((ulong)(_view.PointerOffset + position), target);
        }

        public void Dispose()
        {
            _view?.Dispose();
            _map?.Dispose();
        }
    }

    /// <summary>The parts of a compound file, read through one map that the slicer owns.</summary>
    private sealed class Slicer(string name, MappedFile file, int bufferSize) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new MappedInput($"MappedInput({sliceDescription} in path=\"{name}\" slice={offset}:{offset + length})", file, offset, length, bufferSize, ownsFile: false);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, file.Length);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                file.Dispose();
            }
        }
    }

    /// <summary>
    /// A window [<c>start</c>, <c>start + length</c>) of a mapped file; clones share the map, and reading through a clone
    /// after its file was closed throws <see cref="ObjectDisposedException"/> (never touches unmapped memory).
    /// </summary>
    private sealed class MappedInput(string description, MappedFile file, long start, long length, int bufferSize, bool ownsFile)
        : BufferedIndexInput(description, bufferSize)
    {
        private bool _ownsFile = ownsFile;

        public override long Length => length;

        public override object Clone()
        {
            var clone = (MappedInput)base.Clone();
            clone._ownsFile = false;
            return clone;
        }

        protected override void ReadInternal(byte[] b, int offset, int count)
        {
            var position = Position;
            if (position + count > length)
            {
                throw new EndOfStreamException($"read past EOF: {this}");
            }
            file.Read(start + position, b.AsSpan(offset, count));
        }

        protected override void SeekInternal(long pos)
        {
            // Every read names its position; nothing to move.
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && _ownsFile)
            {
                file.Dispose();
            }
        }
    }
}
