using System.Runtime.CompilerServices;
using DongDa.Search.Schema;
using DongDa.Search.Typing;
using Lucene.Net.Index;

namespace DongDa.Search.Tests;

/// <summary>
/// The syllable model follows the index: a newer reader is served at once with the model before it, bound to its own
/// pairs, while its model is read in the background; an explicit refresh reads it before returning.
/// </summary>
public sealed class TypingModelRefreshTests
{
    private static readonly Article First = new() { Id = "a", Title = "Dân vận", Body = "Công tác dân vận." };
    private static readonly Article Second = new() { Id = "b", Title = "Thủ tục", Body = "Thủ tục hành chính một cửa." };

    [Fact]
    public void Refresh_NewCommit_ModelReadBeforeItReturns()
    {
        using var directory = TestArticles.Index([First]);
        using var searcher = new ArticleSearcher(directory);
        Assert.Equal(0, searcher.TypingModelsRead);
        Assert.Equal("dân vận", searcher.Restore("dan van").Reading);
        Assert.Equal(1, searcher.TypingModelsRead);

        Commit(directory, Second);
        Assert.True(searcher.Refresh());
        Assert.Equal(2, searcher.TypingModelsRead);

        Assert.Equal("thủ tục hành chính", searcher.Restore("thu tuc hanh chinh").Reading);
        Assert.Equal(2, searcher.TypingModelsRead);
    }

    [Fact]
    public async Task For_NewerReader_ServedAtOnceWhileItsModelIsRead()
    {
        using var directory = TestArticles.Index([First]);
        var aids = new TypingAids();
        using var first = DirectoryReader.Open(directory);
        Assert.Same(first, aids.For(first).Restorer.Model.Reader);

        Commit(directory, Second);
        using var second = DirectoryReader.OpenIfChanged(first)!;
        var (interim, _) = aids.For(second);
        Assert.Same(second, interim.Model.Reader);
        Assert.Equal("dân vận", interim.Restore("dan van").Reading);

        for (var waited = 0; aids.ModelsRead < 2 && waited < 200; waited++)
        {
            await Task.Delay(50);
        }
        Assert.Equal(2, aids.ModelsRead);
        Assert.Equal("thủ tục hành chính", aids.For(second).Restorer.Restore("thu tuc hanh chinh").Reading);
        Assert.Same(first, aids.For(first).Restorer.Model.Reader);
        Assert.Equal(2, aids.ModelsRead);

        Assert.Equal(2, aids.Held);
        first.Dispose();
        Assert.Equal(1, aids.Held);
    }

    [Fact]
    public void For_OldReaderClosedBeforeAnyRequestOnTheNew_NewServedAtOnceWithTheOldCounts()
    {
        using var directory = TestArticles.Index([First]);
        var aids = new TypingAids();
        using var first = DirectoryReader.Open(directory);
        aids.For(first);

        Commit(directory, Second);
        using var second = DirectoryReader.OpenIfChanged(first)!;
        first.Dispose();
        var (interim, _) = aids.For(second);

        Assert.Same(second, interim.Model.Reader);
        // The counts of the first reader: the new words are not read yet (a model read now would read them).
        Assert.Equal("thu tuc", interim.Restore("thu tuc").Reading);
        Assert.Equal("dân vận", interim.Restore("dan van").Reading);
    }

    [Fact]
    public async Task ModelBefore_LetGoOnceTheNewReadersOwnIsIn_WhileTheNewReaderStaysOpen()
    {
        using var directory = TestArticles.Index([First]);
        var aids = new TypingAids();
        var first = DirectoryReader.Open(directory);
        var before = FirstModel(aids, first);
        Commit(directory, Second);
        using var second = DirectoryReader.OpenIfChanged(first)!;
        first.Dispose();
        ServeInterim(aids, second);
        for (var waited = 0; aids.ModelsRead < 2 && waited < 200; waited++)
        {
            await Task.Delay(50);
        }
        Assert.Equal(2, aids.ModelsRead);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        // Twenty megabytes on the dev archive: the model before must not live as long as the reader after it.
        Assert.False(before.TryGetTarget(out _));
        Assert.Same(second, aids.For(second).Restorer.Model.Reader);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference<SyllableModel> FirstModel(TypingAids aids, IndexReader reader) => new(aids.For(reader).Restorer.Model);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ServeInterim(TypingAids aids, IndexReader reader) => Assert.Equal("dân vận", aids.For(reader).Restorer.Restore("dan van").Reading);

    private static void Commit(Lucene.Net.Store.Directory directory, Article article)
    {
        using var writer = TestArticles.NewWriter(directory);
        writer.AddDocument(ArticleDocuments.ToDocument(article));
        writer.Commit();
    }
}
