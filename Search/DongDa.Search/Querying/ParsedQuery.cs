namespace DongDa.Search.Querying;

/// <summary>Where a query part looks: the article text (title, summary, body) or one metadata field.</summary>
internal enum QueryField
{
    /// <summary>Title, summary and body, scored.</summary>
    Text,

    /// <summary>The title only, scored.</summary>
    Title,

    /// <summary>The category, a filter on its folded value.</summary>
    Category,

    /// <summary>The author, a filter on its folded value.</summary>
    Author,
}

/// <summary>One piece of a query: words (each may match anywhere, adjacency ranks higher) or a phrase (words in order).</summary>
/// <param name="Text">The text as typed, without quotes or the field prefix.</param>
/// <param name="IsPhrase">True for a quoted phrase.</param>
/// <param name="Field">Where the part looks.</param>
internal sealed record QueryPart(string Text, bool IsPhrase, QueryField Field);

/// <summary>A clause: one part, or several joined by OR; excluded clauses remove matching articles.</summary>
/// <param name="Alternatives">One part, or the operands of OR.</param>
/// <param name="Excluded">True when written with a leading minus.</param>
internal sealed record QueryClause(IReadOnlyList<QueryPart> Alternatives, bool Excluded);

/// <summary>The query language read into clauses, a date range and warnings for the user.</summary>
/// <param name="Clauses">Clauses in the order typed.</param>
/// <param name="From">Earliest publication date asked for in the query (<c>date:</c>), inclusive.</param>
/// <param name="To">Latest publication date asked for in the query, inclusive.</param>
/// <param name="Warnings">What the user should know about how the query was read.</param>
internal sealed record ParsedQuery(IReadOnlyList<QueryClause> Clauses, DateOnly? From, DateOnly? To, IReadOnlyList<string> Warnings);
