namespace DongDa.Search;

/// <summary>
/// Articles related to one article ("Tin liên quan"): the most similar other reports, each story once. Copies of the
/// same story (republished, or lightly edited) are not in <see cref="Hits"/> but listed in <see cref="Duplicates"/>.
/// </summary>
public sealed record RelatedArticles
{
    /// <summary>Related hits shown when the caller does not say how many.</summary>
    public const int DefaultSize = 5;

    /// <summary>The most related hits a request may ask for.</summary>
    public const int MaxSize = 50;

    /// <summary>The id of the article the list is for.</summary>
    public required string Id { get; init; }

    /// <summary>The related articles, most similar first; none of them repeats the story of the article or of a hit above it.</summary>
    public required IReadOnlyList<SearchHit> Hits { get; init; }

    /// <summary>Articles among the candidates that tell the same story as the article itself or as one of <see cref="Hits"/>.</summary>
    public required IReadOnlyList<DuplicateHit> Duplicates { get; init; }
}

/// <summary>An article that repeats the story of another one.</summary>
/// <param name="Hit">The repeating article.</param>
/// <param name="Of">The id of the article whose story it repeats: the article the list is for, or a hit of the list.</param>
public sealed record DuplicateHit(SearchHit Hit, string Of);
