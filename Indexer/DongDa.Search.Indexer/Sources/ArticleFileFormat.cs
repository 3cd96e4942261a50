namespace DongDa.Search.Indexer.Sources;

/// <summary>The kinds of article files the indexer reads.</summary>
public enum ArticleFileFormat
{
    /// <summary>The portal's plain-text article (one article per file).</summary>
    PortalText,

    /// <summary>JSON Lines, one article per line, plain or gzipped.</summary>
    JsonLines,

    /// <summary>A saved HTML article page (one article per file).</summary>
    Html,
}
