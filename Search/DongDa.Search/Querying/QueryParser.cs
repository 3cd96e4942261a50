using System.Buffers;
using System.Globalization;
using System.Text;

namespace DongDa.Search.Querying;

/// <summary>
/// Reads the query language: words, <c>"exact phrases"</c>, <c>-exclusion</c>, <c>OR</c>, <c>title:</c>/<c>category:</c>/
/// <c>author:</c> values and <c>date:2019-01-01..2019-12-31</c>. Never throws: a query that does not parse (unbalanced
/// quotes, operators with nothing to apply to, parentheses) is read as plain words and a warning says so.
/// </summary>
internal static class QueryParser
{
    private const string PlainWordsWarning = "read as plain words: ";

    /// <summary>
    /// Marks that open or close a phrase: the straight quote, and the typographic ones a phone's keyboard or a word
    /// processor puts in its place as it is typed (“ ” „ ‟ « » and the full-width quote). Any of them closes any other.
    /// </summary>
    private static readonly SearchValues<char> QuoteMarks = SearchValues.Create("\"“”„‟«»＂");

    /// <summary>
    /// The quote marks around <paramref name="index"/> in <paramref name="query"/> when it falls inside a quoted phrase
    /// (as the parser reads it); null outside quotes, or after a quote that is not closed.
    /// </summary>
    /// <param name="query">The query as typed.</param>
    /// <param name="index">A position in it.</param>
    public static (int Open, int Close)? PhraseAround(string query, int index)
    {
        for (var open = query.AsSpan().IndexOfAny(QuoteMarks); open >= 0 && open < index;)
        {
            var after = query.AsSpan(open + 1).IndexOfAny(QuoteMarks);
            if (after < 0)
            {
                return null;
            }
            var close = open + 1 + after;
            if (index <= close)
            {
                return (open, close);
            }
            var next = query.AsSpan(close + 1).IndexOfAny(QuoteMarks);
            open = next < 0 ? -1 : close + 1 + next;
        }
        return null;
    }

    /// <summary>
    /// Where the words typed after the query language's last mark begin in <paramref name="text"/>: just past the last
    /// quote, or past a minus that opens a word (<c>-bóng</c>); 0 when there is neither. What follows is a phrase of
    /// its own, whatever came before.
    /// </summary>
    /// <param name="text">A query, perhaps still being typed.</param>
    public static int AfterLastMark(string text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (QuoteMarks.Contains(text[i]) || OpensExclusion(text, i))
            {
                return i + 1;
            }
        }
        return 0;
    }

    /// <summary>
    /// <paramref name="text"/> cut before each minus that opens an exclusion (<c>tu do -thuong mai</c> → <c>tu do </c>,
    /// <c>-thuong mai</c>): the parts a reader of the query takes apart, whose words are no context for each other.
    /// Joined, the parts are the text; a text with no exclusion is one part.
    /// </summary>
    public static List<string> CutAtExclusions(string text)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 1; i < text.Length; i++)
        {
            if (OpensExclusion(text, i))
            {
                parts.Add(text[start..i]);
                start = i;
            }
        }
        parts.Add(text[start..]);
        return parts;
    }

    /// <summary>
    /// True when <paramref name="text"/> has at <paramref name="index"/> a minus that excludes the word it opens
    /// (<c>-bóng</c>); a dash between words or a run of dashes (<c>Thừa Thiên - Huế</c>, <c>a -- b</c>) is punctuation.
    /// </summary>
    private static bool OpensExclusion(string text, int index)
        => text[index] == '-'
           && (index == 0 || char.IsWhiteSpace(text[index - 1]))
           && index + 1 < text.Length && !char.IsWhiteSpace(text[index + 1]) && text[index + 1] != '-';

    /// <summary>
    /// Parses <paramref name="query"/>; the result always holds the best reading and any warnings. Vietnamese writes the
    /// syllables of a word apart, so where <paramref name="oneWord"/> tells which neighbouring words are one word, a minus
    /// or an OR applies to the word beside it, as if it were quoted: <c>-thương mại</c> leaves out thương mại, not
    /// thương alone, and <c>tự do OR độc lập</c> is <c>"tự do" OR "độc lập"</c>. Without it each takes one syllable.
    /// </summary>
    /// <param name="query">The query as typed.</param>
    /// <param name="oneWord">True when two words typed side by side are one word of the archive (<see
    /// cref="Typing.SyllableModel.WrittenAsOneWord"/>); null to let every operator take one syllable.</param>
    public static ParsedQuery Parse(string? query, Func<string, string, bool>? oneWord = null)
    {
        var text = query ?? "";
        if (TryParseStructured(text, oneWord, out var parsed, out var problem))
        {
            return parsed;
        }
        var plain = StripOperators(text);
        var clauses = string.IsNullOrWhiteSpace(plain)
            ? Array.Empty<QueryClause>()
            : [new QueryClause([new QueryPart(plain, false, QueryField.Text)], false)];
        return new ParsedQuery(clauses, null, null, [PlainWordsWarning + problem]);
    }

    private enum LexemeKind
    {
        Word,
        Phrase,
        Or,
        And,
    }

    private sealed record Lexeme(LexemeKind Kind, string Text, bool Excluded, string? Field);

    private static bool TryParseStructured(string text, Func<string, string, bool>? oneWord, out ParsedQuery parsed, out string problem)
    {
        parsed = new ParsedQuery([], null, null, []);
        if (text.IndexOfAny(['(', ')']) >= 0)
        {
            problem = "parentheses are not part of the query language";
            return false;
        }
        if (!TryLex(text, out var lexemes, out problem))
        {
            return false;
        }
        if (oneWord is not null)
        {
            lexemes = WithOperandWords(lexemes, oneWord);
        }

        var clauses = new List<QueryClause>();
        var warnings = new List<string>();
        DateOnly? from = null;
        DateOnly? to = null;
        var words = new StringBuilder();
        var pendingOr = false;

        void FlushWords()
        {
            if (words.Length > 0)
            {
                clauses.Add(new QueryClause([new QueryPart(words.ToString(), false, QueryField.Text)], false));
                words.Clear();
            }
        }

        for (var i = 0; i < lexemes.Count; i++)
        {
            var lexeme = lexemes[i];
            if (lexeme.Kind is LexemeKind.Or or LexemeKind.And)
            {
                var previousIsOperand = i > 0 && lexemes[i - 1].Kind is LexemeKind.Word or LexemeKind.Phrase;
                var nextIsOperand = i + 1 < lexemes.Count && lexemes[i + 1].Kind is LexemeKind.Word or LexemeKind.Phrase;
                if (!previousIsOperand || !nextIsOperand)
                {
                    problem = $"'{lexeme.Text}' needs a word on each side";
                    return false;
                }
                pendingOr = lexeme.Kind == LexemeKind.Or;
                if (pendingOr && (lexemes[i - 1].Excluded || lexemes[i + 1].Excluded))
                {
                    problem = "OR cannot join an excluded word";
                    return false;
                }
                continue;
            }

            if (string.Equals(lexeme.Field, "date", StringComparison.OrdinalIgnoreCase))
            {
                if (lexeme.Excluded || pendingOr || (i + 1 < lexemes.Count && lexemes[i + 1].Kind == LexemeKind.Or))
                {
                    problem = "date: cannot be excluded or joined with OR";
                    return false;
                }
                if (!TryParseDateRange(lexeme.Text, out var rangeFrom, out var rangeTo))
                {
                    problem = $"'date:{lexeme.Text}' is not a date range (write date:2019-01-01..2019-12-31, date:2019 or date:2019-05)";
                    return false;
                }
                if (from is not null || to is not null)
                {
                    warnings.Add("only the last date: range is used");
                }
                (from, to) = (rangeFrom, rangeTo);
                continue;
            }

            var part = new QueryPart(lexeme.Text, lexeme.Kind == LexemeKind.Phrase, FieldOf(lexeme.Field));
            var joinsNext = i + 1 < lexemes.Count && lexemes[i + 1].Kind == LexemeKind.Or;
            if (pendingOr)
            {
                var last = clauses[^1];
                clauses[^1] = last with { Alternatives = [.. last.Alternatives, part] };
                pendingOr = false;
                continue;
            }
            if (part.Field == QueryField.Text && !part.IsPhrase && !lexeme.Excluded && !joinsNext)
            {
                // Consecutive plain words stay together so adjacent words can rank higher.
                words.Append(words.Length > 0 ? " " : "").Append(part.Text);
                continue;
            }
            FlushWords();
            clauses.Add(new QueryClause([part], lexeme.Excluded));
        }
        FlushWords();

        if (clauses.Count > 0 && clauses.All(c => c.Excluded))
        {
            problem = "a query cannot only exclude";
            return false;
        }
        parsed = new ParsedQuery(clauses, from, to, warnings);
        problem = "";
        return true;
    }

    private static QueryField FieldOf(string? field) => field?.ToLowerInvariant() switch
    {
        "title" => QueryField.Title,
        "category" => QueryField.Category,
        "author" => QueryField.Author,
        _ => QueryField.Text,
    };

    private static readonly string[] KnownFields = ["title", "category", "author", "date"];

    private static bool TryLex(string text, out List<Lexeme> lexemes, out string problem)
    {
        lexemes = [];
        problem = "";
        // In a query typed all in capitals (a pasted headline), OR and AND are words, not operators.
        var wordOperators = text.Any(char.IsLower);
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }
            var excluded = false;
            if (text[i] == '-')
            {
                if (!OpensExclusion(text, i))
                {
                    // A dash between words is punctuation (Thừa Thiên - Huế, a pasted headline), not an exclusion.
                    while (i < text.Length && text[i] == '-')
                    {
                        i++;
                    }
                    continue;
                }
                excluded = true;
                i++;
            }

            string? field = null;
            var colon = FieldPrefixLength(text, i);
            if (colon > 0)
            {
                field = text.Substring(i, colon);
                i += colon + 1;
                if (i >= text.Length || char.IsWhiteSpace(text[i]))
                {
                    problem = $"'{field}:' has no value";
                    return false;
                }
            }

            if (QuoteMarks.Contains(text[i]))
            {
                var close = text.AsSpan(i + 1).IndexOfAny(QuoteMarks);
                close = close < 0 ? -1 : close + i + 1;
                if (close < 0)
                {
                    problem = "a quote is not closed";
                    return false;
                }
                var phrase = text.Substring(i + 1, close - i - 1).Trim();
                i = close + 1;
                if (phrase.Length == 0)
                {
                    problem = "empty quotes";
                    return false;
                }
                lexemes.Add(new Lexeme(LexemeKind.Phrase, phrase, excluded, field));
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                if (QuoteMarks.Contains(text[i]))
                {
                    problem = "a quote inside a word";
                    return false;
                }
                i++;
            }
            var word = text[start..i];
            if (field is null && !excluded && (word is "|" || (wordOperators && word is "OR")))
            {
                lexemes.Add(new Lexeme(LexemeKind.Or, word, false, null));
            }
            else if (field is null && !excluded && (word is "&&" || (wordOperators && word is "AND")))
            {
                lexemes.Add(new Lexeme(LexemeKind.And, word, false, null));
            }
            else if (field is not null || word.Any(char.IsLetterOrDigit))
            {
                // A mark standing alone (–, …, /, &) is punctuation: nothing to search for, and nothing to warn about.
                lexemes.Add(new Lexeme(LexemeKind.Word, word, excluded, field));
            }
        }
        return true;
    }

    /// <summary>The most syllables an operator's word takes (<c>Bà Rịa Vũng Tàu</c>); what follows is words of the query.</summary>
    private const int MaxOperandSyllables = 4;

    /// <summary>
    /// <paramref name="lexemes"/> with each word an operator applies to taken whole: the syllables after a minus, and
    /// those on each side of an OR, that <paramref name="oneWord"/> joins pair by pair, as one phrase. An excluded word
    /// stops before a syllable OR joins to another (<c>-thương mại OR tự do</c> keeps its OR).
    /// </summary>
    private static List<Lexeme> WithOperandWords(List<Lexeme> lexemes, Func<string, string, bool> oneWord)
    {
        bool IsSyllable(int i) => i >= 0 && i < lexemes.Count && lexemes[i] is { Kind: LexemeKind.Word, Field: null };
        bool IsFree(int i) => IsSyllable(i) && !lexemes[i].Excluded;
        bool BesideOr(int i) => (i > 0 && lexemes[i - 1].Kind == LexemeKind.Or) || (i + 1 < lexemes.Count && lexemes[i + 1].Kind == LexemeKind.Or);
        bool Joins(int first) => oneWord(lexemes[first].Text, lexemes[first + 1].Text);

        // The last lexeme of the word starting at each index, where it is longer than one syllable.
        var wordEnd = new Dictionary<int, int>();
        for (var i = 0; i < lexemes.Count; i++)
        {
            if (IsSyllable(i) && lexemes[i].Excluded)
            {
                var end = i;
                while (end - i + 1 < MaxOperandSyllables && IsFree(end + 1) && !BesideOr(end + 1) && Joins(end))
                {
                    end++;
                }
                if (end > i)
                {
                    wordEnd[i] = end;
                    i = end;
                }
            }
        }
        for (var or = 0; or < lexemes.Count; or++)
        {
            if (lexemes[or].Kind != LexemeKind.Or)
            {
                continue;
            }
            if (IsFree(or - 1))
            {
                var start = or - 1;
                while (or - start < MaxOperandSyllables && IsFree(start - 1) && !wordEnd.ContainsValue(start - 1) && Joins(start - 1))
                {
                    start--;
                }
                if (start < or - 1)
                {
                    wordEnd[start] = or - 1;
                }
            }
            if (IsFree(or + 1))
            {
                var end = or + 1;
                while (end - or < MaxOperandSyllables && IsFree(end + 1) && !wordEnd.ContainsKey(end + 1) && Joins(end))
                {
                    end++;
                }
                if (end > or + 1)
                {
                    wordEnd[or + 1] = end;
                }
            }
        }
        if (wordEnd.Count == 0)
        {
            return lexemes;
        }
        var grouped = new List<Lexeme>(lexemes.Count);
        for (var i = 0; i < lexemes.Count; i++)
        {
            if (wordEnd.TryGetValue(i, out var end))
            {
                var words = string.Join(' ', lexemes.Skip(i).Take(end - i + 1).Select(l => l.Text));
                grouped.Add(new Lexeme(LexemeKind.Phrase, words, lexemes[i].Excluded, null));
                i = end;
            }
            else
            {
                grouped.Add(lexemes[i]);
            }
        }
        return grouped;
    }

    /// <summary>Length of a known field name followed by ':' at <paramref name="start"/>, or 0.</summary>
    private static int FieldPrefixLength(string text, int start)
    {
        foreach (var field in KnownFields)
        {
            if (start + field.Length < text.Length
                && string.Compare(text, start, field, 0, field.Length, StringComparison.OrdinalIgnoreCase) == 0
                && text[start + field.Length] == ':')
            {
                return field.Length;
            }
        }
        return 0;
    }

    /// <summary>Reads <c>2019</c>, <c>2019-05</c>, <c>2019-05-01</c>, or two of these joined by <c>..</c> (either side may be empty).</summary>
    internal static bool TryParseDateRange(string text, out DateOnly? from, out DateOnly? to)
    {
        from = null;
        to = null;
        var dots = text.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
        {
            if (!TryParseDatePrefix(text, out var first, out var last))
            {
                return false;
            }
            (from, to) = (first, last);
            return true;
        }
        var left = text[..dots];
        var right = text[(dots + 2)..];
        if (left.Length == 0 && right.Length == 0)
        {
            return false;
        }
        if (left.Length > 0)
        {
            if (!TryParseDatePrefix(left, out var first, out _))
            {
                return false;
            }
            from = first;
        }
        if (right.Length > 0)
        {
            if (!TryParseDatePrefix(right, out _, out var last))
            {
                return false;
            }
            to = last;
        }
        return from is null || to is null || from <= to;
    }

    private static bool TryParseDatePrefix(string text, out DateOnly first, out DateOnly last)
    {
        first = last = default;
        var inv = CultureInfo.InvariantCulture;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", inv, DateTimeStyles.None, out var day))
        {
            first = last = day;
            return true;
        }
        if (DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out var month) && text.Length == 7)
        {
            first = month;
            last = month.AddMonths(1).AddDays(-1);
            return true;
        }
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, inv, out var year) && year is >= 1 and <= 9999)
        {
            first = new DateOnly(year, 1, 1);
            last = new DateOnly(year, 12, 31);
            return true;
        }
        return false;
    }

    /// <summary>The query with quotes and operator marks removed, for the plain-words reading.</summary>
    private static string StripOperators(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c is '(' or ')' || QuoteMarks.Contains(c) ? ' ' : c);
        }
        var words = sb.ToString()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.TrimStart('-'))
            .Where(w => w.Length > 0);
        return string.Join(' ', words);
    }
}
