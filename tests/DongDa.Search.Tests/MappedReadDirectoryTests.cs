using DongDa.Search.Schema;
using DongDa.Search.Storage;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace DongDa.Search.Tests;

public sealed class MappedReadDirectoryTests : IDisposable
{
    private readonly DirectoryInfo _folder = System.IO.Directory.CreateTempSubdirectory("dongda-mapped-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void OpenInput_ReadsBackWhatWasWritten_AtAnyPosition_ThroughIndependentClones()
    {
        var bytes = Enumerable.Range(0, 5000).Select(i => (byte)(i * 31)).ToArray();
        WriteFile("data", bytes);
        using var directory = new MappedReadDirectory(_folder.FullName);
        using var input = directory.OpenInput("data", IOContext.DEFAULT);

        input.Seek(4000);
        var clone = (IndexInput)input.Clone();
        clone.Seek(10);
        var fromClone = new byte[2000];
        clone.ReadBytes(fromClone, 0, fromClone.Length);

        Assert.Equal(5000, input.Length);
        Assert.Equal(bytes[4000], input.ReadByte());
        Assert.Equal(bytes.AsSpan(10, 2000).ToArray(), fromClone);
        Assert.Equal(2010, clone.Position);
        Assert.Equal(4001, input.Position);
    }

    [Fact]
    public void OpenInput_ReadPastTheEnd_Throws()
    {
        WriteFile("short", [1, 2, 3]);
        using var directory = new MappedReadDirectory(_folder.FullName);
        using var input = directory.OpenInput("short", IOContext.DEFAULT);
        input.Seek(2);
        input.ReadByte();

        Assert.ThrowsAny<IOException>(() => input.ReadByte());
    }

    [Fact]
    public void Clone_ReadAfterTheFileWasClosed_ThrowsInsteadOfReadingFreedMemory()
    {
        WriteFile("data", new byte[3000]);
        using var directory = new MappedReadDirectory(_folder.FullName);
        var input = directory.OpenInput("data", IOContext.DEFAULT);
        var clone = (IndexInput)input.Clone();
        input.Dispose();

        Assert.Throws<ObjectDisposedException>(() => clone.ReadByte());
    }

    [Fact]
    public void Clones_ReadConcurrently_EachSeesItsOwnBytes()
    {
        var bytes = Enumerable.Range(0, 64 * 1024).Select(i => (byte)(i % 251)).ToArray();
        WriteFile("data", bytes);
        using var directory = new MappedReadDirectory(_folder.FullName);
        using var input = directory.OpenInput("data", IOContext.DEFAULT);

        var mismatches = 0;
        Parallel.For(0, 8, thread =>
        {
            var clone = (IndexInput)input.Clone();
            for (var start = thread * 997; start + 3000 < bytes.Length; start += 7919)
            {
                clone.Seek(start);
                var read = new byte[3000];
                clone.ReadBytes(read, 0, read.Length);
                if (!read.AsSpan().SequenceEqual(bytes.AsSpan(start, 3000)))
                {
                    Interlocked.Increment(ref mismatches);
                }
            }
        });

        Assert.Equal(0, mismatches);
    }

    [Fact]
    public void ArticleSearcher_OverAnIndexOfCompoundFiles_FindsTheArticle()
    {
        // Small segments are written as compound files: their parts are read as slices of one file.
        using (var written = FSDirectory.Open(_folder.FullName))
        {
            var config = ArticleIndexWriter.CreateConfig(OpenMode.CREATE);
            config.UseCompoundFile = true;
            using var writer = new IndexWriter(written, config);
            writer.AddDocument(ArticleDocuments.ToDocument(TestArticles.Seed));
            writer.SetCommitData(IndexCompatibility.CommitData(titlesIndexed: true));
            writer.Commit();
        }
        Assert.Contains(_folder.EnumerateFiles(), f => f.Extension == ".cfs");

        using var searcher = ArticleSearcher.Open(_folder.FullName);
        var hit = Assert.Single(searcher.Search(new SearchRequest { Query = "dân vận" }).Hits);

        Assert.Equal(TestArticles.Seed.Id, hit.Id);
        Assert.Equal(TestArticles.Seed.Body, searcher.GetById(hit.Id)!.Body);
    }

    private void WriteFile(string name, byte[] bytes)
    {
        using var directory = FSDirectory.Open(_folder.FullName);
        using var output = directory.CreateOutput(name, IOContext.DEFAULT);
        output.WriteBytes(bytes, bytes.Length);
    }
}
