using Lucene.Net.Store;
using Microsoft.Win32.SafeHandles;

namespace DongDa.Search.Storage;

/// <summary>
/// An index folder read with positional reads (<see cref="RandomAccess.Read(SafeFileHandle, Span{byte}, long)"/>, one
/// <c>pread</c> per buffer refill): no lock and no shared file position between the threads that search, and nothing
/// kept per clone of an input.
/// </summary>
/// <remarks>
/// Lucene.Net 4.8.0-beta00017's <see cref="MMapDirectory"/> records every clone of an input (each postings, term and
/// stored-fields reader of every query clones one) in a <c>ConditionalWeakTable</c> so that it can unmap safely on
/// close: on this index a garbage collection of the youngest generation then took about 10 ms instead of 1, and a
/// served index grew its memory with the traffic (apache/lucenenet#1151, fixed after beta00017).
/// <see cref="NIOFSDirectory"/> has no table but serializes the reads of one file behind a lock and a seek. Writing is
/// <see cref="FSDirectory"/>'s own; the searcher only reads.
/// </remarks>
internal sealed class PositionalReadDirectory(string path) : FSDirectory(new DirectoryInfo(path), null)
{
    /// <inheritdoc />
    public override IndexInput OpenInput(string name, IOContext context)
    {
        var file = OpenFile(name);
        try
        {
            return new PositionalReadInput($"PositionalReadInput(path=\"{name}\")", file, 0, RandomAccess.GetLength(file), BufferedIndexInput.GetBufferSize(context), ownsFile: true);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
        => new Slicer(name, OpenFile(name), BufferedIndexInput.GetBufferSize(context));

    /// <summary>A read handle on file <paramref name="name"/>; the writer may still delete or replace it (its readers keep theirs).</summary>
    private SafeFileHandle OpenFile(string name)
    {
        EnsureOpen();
        return File.OpenHandle(Path.Combine(Directory.FullName, name), FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
    }

    /// <summary>The parts of a compound file, read through one handle that the slicer owns.</summary>
    private sealed class Slicer(string name, SafeFileHandle file, int bufferSize) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) =>
            new PositionalReadInput($"PositionalReadInput({sliceDescription} in path=\"{name}\" slice={offset}:{offset + length})", file, offset, length, bufferSize, ownsFile: false);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => OpenSlice("full-slice", 0, RandomAccess.GetLength(file));

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                file.Dispose();
            }
        }
    }

    /// <summary>
    /// A window [<c>start</c>, <c>start + length</c>) of a file; clones share the handle, and reading through a clone
    /// after its file was closed throws <see cref="ObjectDisposedException"/> (never touches freed memory).
    /// </summary>
    private sealed class PositionalReadInput(string description, SafeFileHandle file, long start, long length, int bufferSize, bool ownsFile)
        : BufferedIndexInput(description, bufferSize)
    {
        private bool _ownsFile = ownsFile;

        public override long Length => length;

        public override object Clone()
        {
            var clone = (PositionalReadInput)base.Clone();
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
            var target = b.AsSpan(offset, count);
            while (target.Length > 0)
            {
                var read = RandomAccess.Read(file, target, start + position);
                if (read <= 0)
                {
                    throw new EndOfStreamException($"read past EOF: {this} (the file shrank)");
                }
                target = target[read..];
                position += read;
            }
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
