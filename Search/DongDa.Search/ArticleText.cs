using DongDa.Search.Schema;

namespace DongDa.Search;

/// <summary>An article's own text, lead then body: what snippets, related stories and headlines from addresses read.</summary>
internal static class ArticleText
{
    /// <summary>The lead and the body of <paramref name="article"/>, one line apart (the body alone without a lead).</summary>
    public static string Of(Article article) => Of(article.Summary, article.Body);

    /// <summary>The lead <paramref name="summary"/> and the <paramref name="body"/>, one line apart.</summary>
    public static string Of(string? summary, string? body)
        => string.IsNullOrEmpty(summary) ? body ?? "" : summary + "\n" + body;
}
