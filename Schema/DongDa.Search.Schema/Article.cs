namespace DongDa.Search.Schema;

/// <summary>One news article as read from any source, before it becomes a Lucene document.</summary>
public sealed record Article
{
    /// <summary>Stable identity: the JSON id, the URL, or the path relative to the indexed root.</summary>
    public required string Id { get; init; }

    /// <summary>Headline; may be empty when the source lost it.</summary>
    public string Title { get; init; } = "";

    /// <summary>Lead paragraph (sapo), if the source has one.</summary>
    public string? Summary { get; init; }

    /// <summary>The article text, paragraphs separated by newlines.</summary>
    public string Body { get; init; } = "";

    /// <summary>Publication date.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Publication time of day, where the source gives it.</summary>
    public TimeOnly? Time { get; init; }

    /// <summary>Section or category, in Vietnamese (e.g. "Thể thao", "tin tức khác").</summary>
    public string? Category { get; init; }

    /// <summary>The reporter's byline.</summary>
    public string? Author { get; init; }

    /// <summary>View count shown by the portal.</summary>
    public int? Views { get; init; }

    /// <summary>Web address of the article.</summary>
    public string? Url { get; init; }

    /// <summary>Publisher (e.g. "VnExpress").</summary>
    public string? Source { get; init; }

    /// <summary>File the article was read from, relative to the indexed root.</summary>
    public string? Path { get; init; }
}
