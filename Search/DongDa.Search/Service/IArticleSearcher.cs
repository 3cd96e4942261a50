using DongDa.Search.Schema;

namespace DongDa.Search;

/// <summary>
/// What a portal asks of a DongDa.Search index: searches, single articles, what the index holds and whether it is
/// usable. <see cref="ArticleSearcher"/> implements it; portal code can depend on this interface and test against a fake.
/// Every member is thread-safe.
/// </summary>
public interface IArticleSearcher
{
    /// <summary>
    /// Runs <paramref name="request"/>. A malformed query is read as plain words with a warning, never thrown.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Page below 1 or page size outside 1..<see cref="SearchRequest.MaxPageSize"/>.</exception>
    /// <exception cref="SearchTimeoutException">The query ran longer than the searcher's time limit.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    SearchResults Search(SearchRequest request, CancellationToken cancellationToken = default);

    /// <summary>The stored article with id <paramref name="id"/>, or null when the index has none.</summary>
    Article? GetById(string id);

    /// <summary>Article count, date range, categories, size on disk and the index's commit data.</summary>
    IndexStatistics GetStatistics();

    /// <summary>Whether the index is open and compatible, what it holds now and when it was last refreshed.</summary>
    IndexStatus GetStatus();

    /// <summary>
    /// The most likely accented reading of <paramref name="text"/> typed without accents (or half, or as Telex/VNI keys
    /// with the input method off), with up to three alternatives, from the archive's own syllable model.
    /// </summary>
    Restoration Restore(string text);

    /// <summary>
    /// Up to <paramref name="size"/> articles related to the article <paramref name="id"/> (its distinctive words and
    /// syllable pairs), copies of the same story set aside; null when the index has no such article.
    /// </summary>
    RelatedArticles? Related(string id, int size = RelatedArticles.DefaultSize);

    /// <summary>Up to <paramref name="size"/> completions of <paramref name="prefix"/> from the archive's words and phrases, accent-insensitive.</summary>
    IReadOnlyList<Completion> Suggest(string prefix, int size = 10);
}
