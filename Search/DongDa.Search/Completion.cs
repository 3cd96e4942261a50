namespace DongDa.Search;

/// <summary>A completion of what is being typed (<see cref="ArticleSearcher.Suggest"/>).</summary>
/// <param name="Text">The whole text to search for: the words typed (with their accents restored) and the completion.</param>
/// <param name="Count">How often the archive writes the completed pair (or word): the order of usefulness.</param>
public sealed record Completion(string Text, long Count);
