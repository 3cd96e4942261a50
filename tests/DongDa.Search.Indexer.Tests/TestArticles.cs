using DongDa.Search.Schema;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace DongDa.Search.Indexer.Tests;

/// <summary>Small articles written for the tests, and helpers to look inside an index.</summary>
internal static class TestArticles
{
    /// <summary>A portal plain-text article (our own text) with every part.</summary>
    public static string Portal(string title, string date = "05/06/2021", string body = "Đoàn viên thanh niên phường Kim Liên dọn vệ sinh ngõ phố.")
        => $"tin tức khác\n\n{title}\nNgày đăng {date} | 08:30  | Lượt xem: 15\n\n{body}\n\nMinh Thư";

    /// <summary>The stored articles of the index in <paramref name="folder"/>, by id.</summary>
    public static Dictionary<string, Article> Read(string folder)
    {
        using var directory = FSDirectory.Open(folder);
        using var reader = DirectoryReader.Open(directory);
        var articles = new Dictionary<string, Article>();
        for (var i = 0; i < reader.MaxDoc; i++)
        {
            var live = MultiFields.GetLiveDocs(reader);
            if (live is null || live.Get(i))
            {
                var article = ArticleDocuments.FromDocument(reader.Document(i));
                articles.Add(article.Id, article);
            }
        }
        return articles;
    }

    /// <summary>Runs one indexing pass over <paramref name="paths"/> into <paramref name="index"/>.</summary>
    public static IndexRunReport Index(string index, ArticleIndexOptions? options, params string[] paths)
    {
        using var indexer = ArticleIndexer.Open(index, options);
        return indexer.Index(paths);
    }
}
