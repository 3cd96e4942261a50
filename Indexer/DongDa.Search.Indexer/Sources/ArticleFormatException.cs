namespace DongDa.Search.Indexer.Sources;

/// <summary>An input that holds no readable article; the message is the reason shown to the user.</summary>
internal sealed class ArticleFormatException(string reason) : Exception(reason);
