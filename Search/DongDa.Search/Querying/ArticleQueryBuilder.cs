using DongDa.Search.Analyzers;
using DongDa.Search.Schema;
using DongDa.Search.Typing;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace DongDa.Search.Querying;

/// <summary>A query ready to run: what scores, what filters, and which index keys the snippet should mark.</summary>
/// <param name="Query">The Lucene query that selects and first ranks articles (filters included as non-scoring clauses).</param>
/// <param name="Rescoring">Bonus for the unmarked words of a query typed with accents found written exactly so, applied by
/// rescoring the top of the first ranking (such clauses over every match would cost far more: the unmarked keys of
/// common words are long postings lists); null when the query has no such bonus.</param>
/// <param name="Coverage">For a long query, the rescoring that weighs each top hit by the share of the query's words it
/// holds (<see cref="WordCoverage"/>); null otherwise.</param>
/// <param name="From">Earliest date, inclusive, from the request or the query.</param>
/// <param name="To">Latest date, inclusive.</param>
/// <param name="Highlights">The keys and phrases whose words the snippet marks.</param>
/// <param name="Warnings">Messages for the user.</param>
/// <param name="MatchesNothing">True when the query had text but nothing searchable in it.</param>
/// <param name="Wider">The same query without what a short query requires (its pairs, or its words as typed;
/// <see cref="ArticleSearcherOptions.ShortQueryMinHits"/>): what runs when too few articles write the word so; null when
/// <paramref name="Query"/> requires nothing of the kind.</param>
internal sealed record BuiltQuery(Query Query, BooleanQuery? Rescoring, WordCoverage? Coverage, DateOnly? From, DateOnly? To, HighlightTerms Highlights, IReadOnlyList<string> Warnings, bool MatchesNothing, Query? Wider = null)
{
    /// <summary>Notes for the reader, in Vietnamese, on what was searched beside the words typed (a loanword's other form).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>
    /// True when some words were searched as a loanword in its other form too (<see cref="Notes"/>): its syllables were
    /// not searched in a reading of their own (ti vi is tivi, not tì vị).
    /// </summary>
    public bool SearchesOtherForms => Notes.Count > 0;

    /// <summary>This query with <paramref name="rewrite"/> applied to what runs first and to its wider form alike.</summary>
    public BuiltQuery Rewritten(Func<Query, Query> rewrite) => this with { Query = rewrite(Query), Wider = Wider is null ? null : rewrite(Wider) };
}

/// <summary>One word of a query as the analyzer keyed it.</summary>
/// <param name="Key">The query key: exact when typed with accents, else folded; normalized for dates and numbers.</param>
/// <param name="FoldedKey">The accent-free key of the same word.</param>
/// <param name="Start">Start offset in the query text.</param>
/// <param name="End">End offset in the query text.</param>
/// <param name="AfterPunctuation">Punctuation, not only white space, separates it from the word before
/// (<see cref="VietnameseTokenizer.AfterPunctuationFlag"/>): the two are no pair.</param>
/// <param name="Capitalized">Typed with a capital first letter only (<see cref="LetterCaseFilter.CapitalizedFlag"/>), as names are written.</param>
internal sealed record QueryWord(string Key, string FoldedKey, int Start, int End, bool AfterPunctuation = false, bool Capitalized = false)
{
    /// <summary>True when the key is the exact (accented) tier: exact keys always hold a non-ASCII letter, folded keys never.</summary>
    public bool IsExact => VietnameseText.IsExactKey(Key);

    /// <summary>The key of this word written exactly as typed: with its marks, or with none (<c>=tin</c>).</summary>
    public string KeyAsTyped => KeyWrittenAs(Key);

    /// <summary>The key of this word written without any mark (<c>=dong</c> for đồng): a text typed bare.</summary>
    public string KeyWrittenBare => KeyWrittenAs(FoldedKey);

    /// <summary>
    /// The key of a word written exactly as <paramref name="key"/> spells it: its marks, or none at all (the unmarked
    /// exact key, <see cref="VietnameseAnalyzer.UnmarkedExactPrefix"/>: <c>=lap</c> is never lập).
    /// </summary>
    public static string KeyWrittenAs(string key) => VietnameseText.IsExactKey(key) ? key : VietnameseAnalyzer.UnmarkedExactPrefix + key;
}

/// <summary>
/// Turns a parsed query into Lucene clauses over title, summary and body: one clause per word on the key the query
/// analyzer gives (exact if typed with accents, folded if not), a low-weight folded fallback for accented words, a bonus
/// for consecutive words found side by side (the index's syllable pair keys), and abbreviation ↔ long-form alternatives.
/// </summary>
/// <param name="options">The searcher's options.</param>
/// <param name="abbreviations">The abbreviations a query's words may be.</param>
/// <param name="syllables">The syllable model of a reader, which tells the words a query operator applies to (<see
/// cref="QueryParser.Parse"/>); null to let each operator take one syllable.</param>
internal sealed class ArticleQueryBuilder(ArticleSearcherOptions options, AbbreviationTable abbreviations, Func<IndexReader, SyllableModel>? syllables = null)
{
    private static readonly VietnameseAnalyzer QueryAnalyzer = new(VietnameseAnalyzerMode.Query);
    private static readonly VietnameseAnalyzer IndexAnalyzer = new();

    /// <summary>
    /// A word in at most this share of the articles is rare (<see cref="HasRareWord"/>): in the dev corpus huế (2.4%) and
    /// rịa (0.8%) are, giao (29%) and bộ (39%) are not.
    /// </summary>
    private const float RareWordShare = 0.05f;

    private readonly (string Field, float Boost)[] _textFields =
    [
        (ArticleFields.Title, options.TitleBoost),
        (ArticleFields.Summary, options.SummaryBoost),
        (ArticleFields.Body, 1f),
    ];

    /// <summary>Builds the query for <paramref name="request"/>; <paramref name="reader"/> tells how the archive writes the query's word pairs.</summary>
    public BuiltQuery Build(SearchRequest request, IndexReader? reader = null)
    {
        var parsed = QueryParser.Parse(request.Query, reader is null || syllables is null ? null : OneWordIn(syllables(reader)));
        var lookup = reader is null ? null : new TermLookup(reader);
        // Two to a few bare words: most likely one Vietnamese word or name, asked for as a unit. Words excluded beside
        // them only take articles away (bão -lũ finds what bão finds, less those writing lũ).
        var isShortQuery = parsed.Clauses.Where(c => !c.Excluded).ToList() is [{ Alternatives: [{ Field: QueryField.Text, IsPhrase: false }] }];
        var wholeQueryInCapitals = IsInCapitals(request.Query ?? "");
        var typesAccents = VietnameseText.HasDiacritics(request.Query ?? "");
        var warnings = new List<string>(parsed.Warnings);
        var keys = new HighlightTerms();
        var top = new BooleanQuery(disableCoord: true);
        var units = new List<Query>();
        var pairs = new List<Query>();
        var narrowing = new Narrowing();
        var rescoring = new BooleanQuery(disableCoord: true);
        var scoring = false;
        var rescoredWords = 0;
        var covered = new List<CoveredWord>();
        var notes = new List<string>();

        foreach (var clause in parsed.Clauses)
        {
            if (clause.Excluded)
            {
                var excluded = PartQuery(clause.Alternatives[0], null);
                if (excluded is not null)
                {
                    top.Add(excluded, Occur.MUST_NOT);
                }
                continue;
            }
            if (clause.Alternatives.Count > 1)
            {
                var any = new BooleanQuery(disableCoord: true);
                foreach (var alternative in clause.Alternatives)
                {
                    if (PartQuery(alternative, keys) is { } q)
                    {
                        any.Add(q, Occur.SHOULD);
                    }
                }
                if (any.Clauses.Count > 0)
                {
                    units.Add(any);
                }
                continue;
            }
            var part = clause.Alternatives[0];
            if (part is { Field: QueryField.Text, IsPhrase: false })
            {
                var analyzed = Analyze(part.Text);
                if (units.Count + analyzed.Count > MaxWords)
                {
                    warnings.Add($"only the first {MaxWords} words of the query are searched");
                    analyzed = analyzed.Take(Math.Max(0, MaxWords - units.Count)).ToList();
                }
                var context = new WordContext(part.Text, typesAccents, wholeQueryInCapitals, isShortQuery && analyzed.Count <= options.ShortQueryMaxWords, reader, lookup)
                {
                    RequiresPairs = isShortQuery && analyzed.Count <= Math.Max(options.ShortQueryMaxWords, options.RequirePairsUpTo),
                    IsTermTypedOut = isShortQuery && analyzed.Count > options.ShortQueryMaxWords && analyzed.Count <= options.WholeRunMaxWords,
                    Notes = notes,
                };
                rescoredWords += AddWords(analyzed, context, units, pairs, narrowing, rescoring, covered, keys);
                continue;
            }
            if (PartQuery(part, keys) is { } required)
            {
                top.Add(required, Occur.MUST);
                scoring |= part.Field is QueryField.Text or QueryField.Title;
            }
        }

        if (units.Count > 0)
        {
            AddWordsQuery(top, units, units.Count + rescoredWords, pairs);
            scoring = true;
        }

        AddFilter(top, ArticleFields.CategoryKey, request.Category);
        AddFilter(top, ArticleFields.AuthorKey, request.Author);

        var hadText = !string.IsNullOrWhiteSpace(request.Query);
        var matchesNothing = hadText && !scoring && !top.Clauses.Any(c => c.Occur == Occur.MUST);
        if (matchesNothing)
        {
            warnings.Add("nothing to search for in the query");
        }
        if (!top.Clauses.Any(c => c.Occur == Occur.MUST))
        {
            // Only exclusions or filters from the request: start from every article.
            top.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        var from = Later(request.From, parsed.From);
        var to = Earlier(request.To, parsed.To);
        var coverage = covered.Count > 1 && lookup is not null
            ? new WordCoverage(covered, options.WordCoverageExponent, CoverageFields, lookup)
            : null;
        var query = Simplify(top);
        return new BuiltQuery(narrowing.IsEmpty ? query : narrowing.Apply(query), rescoring.Clauses.Count > 0 ? rescoring : null, coverage, from, to, keys,
            warnings, matchesNothing, narrowing.IsEmpty ? null : query)
        { Notes = notes };
    }

    /// <summary>
    /// Whether two words typed side by side are one word of the archive: one syllable each, nothing but space between
    /// (pairs stop at punctuation), and written together as a word (<see cref="SyllableModel.WrittenAsOneWord"/>).
    /// </summary>
    private static Func<string, string, bool> OneWordIn(SyllableModel model)
        => (first, second) => Analyze(first + " " + second) is [var a, var b] && !b.AfterPunctuation && model.WrittenAsOneWord(a.Key, b.Key);

    /// <summary>The text fields, where a word most likely is first: a hit found there is not looked for again.</summary>
    private static readonly string[] CoverageFields = [ArticleFields.Body, ArticleFields.Summary, ArticleFields.Title];

    /// <summary>Query words searched at most (a pasted paragraph would otherwise make thousands of clauses).</summary>
    internal const int MaxWords = 64;

    /// <summary>
    /// The words: each required in a short query; in a longer one, as many as <see cref="ArticleSearcherOptions.MinimumWordsPercent"/>
    /// asks, and when that is any one word the word clauses and the pair bonuses are flattened into one disjunction, which
    /// Lucene scores in bulk (a pair matches only where its two words do, so it widens nothing). Otherwise the pairs are
    /// optional beside the required words.
    /// </summary>
    private void AddWordsQuery(BooleanQuery top, List<Query> units, int wordCount, List<Query> pairs)
    {
        // Counted with the common words that only rescore: they make the query long as much as the others.
        var required = wordCount <= options.RequireAllWordsUpTo ? units.Count : Math.Max(1, (int)Math.Ceiling(units.Count * options.MinimumWordsPercent / 100.0));
        var words = new BooleanQuery(disableCoord: true);
        foreach (var unit in units)
        {
            if (required == 1 && unit is BooleanQuery { MinimumNumberShouldMatch: 0, Boost: 1f } flat && flat.Clauses.All(c => c.Occur == Occur.SHOULD))
            {
                foreach (var clause in flat.Clauses)
                {
                    words.Add(clause);
                }
            }
            else
            {
                words.Add(unit, Occur.SHOULD);
            }
        }
        words.MinimumNumberShouldMatch = required == 1 ? 0 : required;
        top.Add(words, Occur.MUST);
        if (pairs.Count == 0)
        {
            return;
        }
        if (required == 1)
        {
            foreach (var pair in pairs)
            {
                words.Add(pair, Occur.SHOULD);
            }
            return;
        }
        var bonus = new BooleanQuery(disableCoord: true);
        foreach (var pair in pairs)
        {
            bonus.Add(pair, Occur.SHOULD);
        }
        top.Add(bonus, Occur.SHOULD);
    }

    /// <summary>The words query alone when nothing else is required, so the pure disjunction keeps its bulk scorer.</summary>
    private static BooleanQuery Simplify(BooleanQuery top)
        => top.Clauses.Count == 1 && top.Clauses[0].Occur == Occur.MUST && top.Clauses[0].Query is BooleanQuery { MinimumNumberShouldMatch: 0 } only
            ? only
            : top;

    /// <summary>
    /// Adds one unit per word (or abbreviation group) to <paramref name="units"/>, or to <paramref name="rescoring"/> for
    /// the common words of a long query (their count is returned), the pair keys of consecutive words to
    /// <paramref name="pairs"/> (and, in a short query of plain words, what it requires when enough articles hold it to
    /// <paramref name="narrowing"/>: its pairs, and its accented words that pair with none as typed), the exact keys of unmarked words to <paramref name="rescoring"/>, and, in a long query,
    /// every word with its weight to <paramref name="covered"/>.
    /// </summary>
    private int AddWords(List<QueryWord> analyzed, WordContext context, List<Query> units, List<Query> pairs, Narrowing narrowing, BooleanQuery rescoring, List<CoveredWord> covered, HighlightTerms keys)
    {
        if (analyzed.Count == 0)
        {
            return 0;
        }
        var text = context.Text;
        var typesAccents = context.TypesAccents;
        // Where no word is needed, the fallback only adds score: it rescores the top hits (see the option).
        var fallbackTo = options.FoldedFallbackByRescoring && analyzed.Count > options.RequireAllWordsUpTo && options.MinimumWordsPercent == 0 ? rescoring : null;
        var folded = analyzed.Select(w => w.FoldedKey).ToList();
        // In such a query the words most articles contain only add score to the hits its other words find.
        var commonTo = fallbackTo is not null && options.CommonWordShare < 1 && context.Reader is { MaxDoc: > 0 } ? rescoring : null;
        var common = commonTo is null ? [] : analyzed.Select(w => IsCommon(w, context)).ToArray();
        if (common.All(c => c))
        {
            commonTo = null;
        }
        var coverTo = analyzed.Count > options.RequireAllWordsUpTo && options.WordCoverageExponent > 0 && context.Reader is { MaxDoc: > 0 } ? covered : null;
        float Rarity(QueryWord word) => WordCoverage.Idf(ArticlesHolding(word, context), context.Reader!.MaxDoc);
        // Each word once, with the rescoring clauses that already tell where it is (its own if common, its fallback).
        void Cover(QueryWord word, Query? heldBy, Query? otherHeldBy)
        {
            if (coverTo is not null && coverTo.TrueForAll(c => c.Key != word.Key))
            {
                coverTo.Add(new CoveredWord(word.Key, Rarity(word), word.IsExact ? word.FoldedKey : null, null) { HeldBy = heldBy, OtherHeldBy = otherHeldBy });
            }
        }
        var rescored = 0;
        bool DotAfter(int index) => analyzed[index].End < text.Length && text[analyzed[index].End] == '.';
        bool WrittenAsAbbreviation(int index)
            => AbbreviationTable.IsWrittenAsAbbreviation(text[analyzed[index].Start..analyzed[index].End], DotAfter(index), context.WholeQueryInCapitals);

        // An abbreviation or a long form may be written in its other form: no pair touching one is required.
        bool[]? inNames = null;
        string?[]? closedForms = null;
        var commonNames = new List<Query>();
        for (var i = 0; i < analyzed.Count;)
        {
            var match = options.ExpandAbbreviations ? abbreviations.LongestMatch(folded, i, DotAfter) : null;
            if (match is { Form.IsAbbreviation: true } abbreviation && !Enumerable.Range(i, abbreviation.Form.Keys.Count).All(WrittenAsAbbreviation))
            {
                // A word of the language that an abbreviation happens to fold to (tư, tu for TƯ): the word, not the abbreviation.
                match = null;
            }
            if (match is null && OtherForm(analyzed, i, context) is { } other)
            {
                match = other;
                if (other.Form.Keys.Count == 2)
                {
                    (closedForms ??= new string?[analyzed.Count])[i] = other.Equivalents[0].Keys[0];
                }
            }
            var span = match?.Form.Keys.Count ?? 1;
            if (match is not null)
            {
                Array.Fill(inNames ??= new bool[analyzed.Count], true, i, span);
            }
            Query unit;
            if (span == 1 && match is null && commonTo is not null && common[i])
            {
                var commonWord = WordQuery(analyzed[i], keys, fallbackTo, context.Lookup, out var commonFallback);
                commonTo.Add(commonWord, Occur.SHOULD);
                Cover(analyzed[i], commonWord, commonFallback);
                rescored++;
                i++;
                continue;
            }
            BooleanQuery? fallback = null;
            if (span == 1)
            {
                unit = WordQuery(analyzed[i], keys, fallbackTo, context.Lookup, out fallback);
                if (match is { } single && single.Equivalents.Count > 0)
                {
                    // An abbreviation: the word itself or any long form of it.
                    var alternatives = new DisjunctionMaxQuery(0.1f) { unit };
                    AddEquivalents(alternatives, single.Equivalents, keys);
                    unit = alternatives;
                }
            }
            else
            {
                // A long form typed out: its words count as usual, and the whole name (as typed or abbreviated) adds a bonus.
                // A loanword: all its syllables or its closed form, never one syllable alone (tỳ of ti vi).
                var loanword = closedForms?[i] is not null;
                var spanWords = new BooleanQuery(disableCoord: true);
                var syllables = loanword ? new BooleanQuery(disableCoord: true) : spanWords;
                var spanKeys = new List<string>();
                for (var k = i; k < i + span; k++)
                {
                    syllables.Add(WordQuery(analyzed[k], keys, fallbackTo, context.Lookup), loanword ? Occur.MUST : Occur.SHOULD);
                    spanKeys.Add(analyzed[k].Key);
                }
                if (loanword)
                {
                    spanWords.Add(syllables, Occur.SHOULD);
                }
                var name = new DisjunctionMaxQuery(0.1f) { FieldsPhrase(spanKeys, 1f) };
                AddEquivalents(name, match!.Value.Equivalents, keys);
                spanWords.Add(name, Occur.SHOULD);
                unit = spanWords;
                if (context.RequiresPairs && span == analyzed.Count && match.Value.Form is { IsAbbreviation: false, HasBreak: false }
                    && HeldWhole(spanKeys, match.Value.Equivalents, closedForms?[i] is not null) is { } whole)
                {
                    narrowing.Conditions.Add(whole);
                }
            }
            if (commonTo is not null && match is { } named && IsCommonName(analyzed.GetRange(i, span), named.Equivalents, context))
            {
                // A name most articles write (VN: Việt Nam) only adds score, as the words of its long form typed out do.
                commonNames.Add(unit);
            }
            else
            {
                units.Add(unit);
            }
            if (span == 1 && match is null)
            {
                Cover(analyzed[i], null, fallback);
            }
            else
            {
                // An abbreviation or a long form: held when the article writes it in any of its forms.
                coverTo?.Add(UnitCovered(analyzed.GetRange(i, span), match!.Value.Equivalents, analyzed.GetRange(i, span).Sum(Rarity), unit, fallbackTo));
            }
            i += span;
        }
        if (units.Count == 0)
        {
            // Something must find the hits: when nothing else would, the common names do.
            units.AddRange(commonNames);
        }
        else
        {
            foreach (var name in commonNames)
            {
                commonTo!.Add(name, Occur.SHOULD);
                rescored++;
            }
        }

        if (typesAccents && options.UnmarkedExactWeight > 0)
        {
            // A bonus, not a condition (the folded key matches the same texts), so it joins the rescoring of the top
            // hits instead of adding a high-frequency term to every first-pass clause.
            foreach (var word in analyzed.Where(w => !w.IsExact && w.Key.Length > 0 && char.IsLetter(w.Key[0])))
            {
                rescoring.Add(FieldsPhrase([word.KeyAsTyped], options.UnmarkedExactWeight, context.Lookup), Occur.SHOULD);
            }
        }
        AddPairs(analyzed, context, pairs, narrowing, keys, inNames, closedForms);
        if (context.RequiresPairs && options.ShortQueryMinHits > 0)
        {
            // A syllable typed with accents that pairs with no neighbour (alone, beside a number or punctuation) names
            // one word, as a pair typed with them names one reading: bão is no answer for báo or bảo, which its folded
            // key also matches (and which only follow it when few write bão).
            var alone = Enumerable.Range(0, analyzed.Count)
                .Where(i => analyzed[i].IsExact && !(inNames?[i] ?? false) && !JoinsPrevious(analyzed, i) && !JoinsPrevious(analyzed, i + 1))
                .Select(i => analyzed[i].Key)
                .ToList();
            if (alone.Count > 0)
            {
                narrowing.Words = new WrittenInFilter(alone, [.. _textFields.Select(f => f.Field)]);
            }
        }
        return rescored;
    }

    /// <summary>
    /// The syllable pairs of consecutive query words: each pair's folded key (any reading) and the key of the reading
    /// meant, which is the one typed when both words carry accents, else the reading the archive uses most that fits
    /// what was typed (<see cref="PairReadings"/>). In a short query a pair found, and more so its reading, puts an
    /// article above every article where the words are scattered. <paramref name="inNames"/> marks the words of an
    /// abbreviation or a long form, when the query has one.
    /// </summary>
    private void AddPairs(List<QueryWord> analyzed, WordContext context, List<Query> pairClauses, Narrowing narrowing, HighlightTerms keys, bool[]? inNames,
        string?[]? closedForms)
    {
        // A loanword's syllables joined by a hyphen (ti-vi) are one run when the archive writes them closed.
        bool Joins(int i) => JoinsPrevious(analyzed, i) || (i > 0 && i < analyzed.Count && closedForms?[i - 1] is not null);
        var runStart = -1;
        for (var i = 0; i <= analyzed.Count; i++)
        {
            if (Joins(i))
            {
                continue;
            }
            if (runStart >= 0 && i - runStart >= 2)
            {
                var words = analyzed.GetRange(runStart, i - runStart);
                var closedRun = words.Count == 2 ? closedForms?[runStart] : null;
                var runRequired = new List<Query>();
                var readings = AddRunPairs(words, context, pairClauses, runRequired, inNames is null ? default : inNames.AsSpan(runStart, words.Count),
                    closedForms is null ? default : closedForms.AsSpan(runStart, words.Count));
                if (inNames is not null)
                {
                    // The pairs of the words beside a name are required only where the tiers rank by every pair: those
                    // words are still one word (lần đầu of VN lần đầu).
                    if (context.IsShortQuery)
                    {
                        narrowing.Conditions.AddRange(runRequired);
                    }
                }
                else if (runRequired.Count > 0)
                {
                    // A name of rare syllables is often written with a dash (Bà Rịa - Vũng Tàu, Thừa Thiên - Huế), where
                    // pairs stop: its words in sequence are required instead, which positions find cheaply from the rare one.
                    if (HasRareWord(words, context))
                    {
                        narrowing.Conditions.Add(FieldsPhrase([.. words.Select(w => w.Key)], 1f, context.Lookup));
                    }
                    else if (words.Count <= options.ShortQueryMaxWords)
                    {
                        // Four common syllables are as often two words (học phí, đại học) as one term: only a name
                        // (a rare word, above) or a long form the abbreviation table knows (HeldWhole) is one.
                        narrowing.Conditions.AddRange(runRequired);
                    }
                }
                if (context.IsTermTypedOut && words.Count == analyzed.Count && options.WholeRunTier > 0
                    && PairsOf([.. words.Select(w => w.FoldedKey)]) is { } whole)
                {
                    // A term of four or five syllables typed out (quy hoạch đô thị, xây dựng nông thôn mới): the articles
                    // holding all its pairs (any reading), which is the term itself, come first; the others rank as a
                    // longer query's do.
                    pairClauses.Add(new ConstantScoreQuery(whole) { Boost = options.WholeRunTier });
                }
                if ((context.IsShortQuery || context.IsTermTypedOut) && words.Count == analyzed.Count && words.Count >= 3 && options.ShortQueryRunTier > 0)
                {
                    // Each pair held is not the word held: nhà văn and văn hóa apart are no nhà văn hóa, nor tổng lãnh
                    // sự beside lãnh sự quán a tổng lãnh sự quán. A loanword in it may be written closed (xem tivi).
                    var run = FieldsPhrase([.. words.Select(w => w.FoldedKey)], 1f, context.Lookup);
                    if (WithClosedForm(words, closedForms is null ? default : closedForms.AsSpan(runStart, words.Count)) is { } closedKeys)
                    {
                        run.Add(FieldsPhrase(closedKeys, 1f, context.Lookup), Occur.SHOULD);
                    }
                    pairClauses.Add(new ConstantScoreQuery(run) { Boost = options.ShortQueryRunTier });
                }
                if (context.IsShortQuery && words.Count == analyzed.Count && words.Count <= options.ShortQueryMaxWords)
                {
                    // A headline that holds the word, not one of its syllables (bộ of Bộ Tài chính for đồng bộ); written
                    // closed, when that is how the query's two words are read (tivi).
                    pairClauses.Add(Phrase(ArticleFields.Title, closedRun is not null ? [closedRun] : [.. words.Select((w, k) => w.IsExact ? w.Key : ReadAs(readings, k) ?? w.FoldedKey)],
                        options.TitleBoost, context.Lookup));
                }
                // The snippet follows the reading only where it ranks by it: in a short query's tiers. In a longer query a
                // guessed reading is a weak hint (a quarter weight), and marking by it would hide words read otherwise.
                keys.AddRun([.. words.Select((w, k) => new RunWord(w.Key, w.IsExact && options.FoldedFallbackWeight > 0 ? w.FoldedKey : null,
                    w.IsExact || !context.IsShortQuery || closedRun is not null ? null : ReadAs(readings, k), context.IsShortQuery && w.Capitalized))]);
            }
            runStart = i < analyzed.Count && SyllablePairFilter.CanPair(analyzed[i].FoldedKey) ? i : -1;
        }
        if (context.IsShortQuery && analyzed.Count >= 2 && options.ShortQueryRunTier > 0
            && Enumerable.Range(1, analyzed.Count - 1).Any(i => !Joins(i)))
        {
            // A number or a code beside the words (nghị định 100, quốc lộ 1A, bão số 7) pairs with nothing, so no tier
            // above saw the query together: the articles writing it side by side come first.
            pairClauses.Add(new ConstantScoreQuery(FieldsPhrase([.. analyzed.Select(w => w.Key)], 1f, context.Lookup)) { Boost = options.ShortQueryRunTier });
        }
    }

    /// <summary>
    /// In a short query, a loanword typed in one of its forms and the other form the archive writes
    /// (<see cref="CompoundForms"/>): two words and their closed form (<c>ti vi</c>, <c>tivi</c>), or one word and its
    /// open form (<c>email</c>, <c>e mail</c>); null when there is none, or <see cref="ArticleSearcherOptions.FindCompoundForms"/> is off.
    /// </summary>
    private (NameForm Form, IReadOnlyList<NameForm> Equivalents)? OtherForm(List<QueryWord> analyzed, int i, WordContext context)
    {
        if (!options.FindCompoundForms || !context.IsShortQuery || context.Lookup is not { } lookup || context.Reader is not { } reader)
        {
            return null;
        }
        var word = analyzed[i];
        var typed = context.Text[word.Start..word.End];
        // Written with a space, or with a hyphen and no space (ti-vi), as a loanword's syllables are.
        if (i + 1 < analyzed.Count && (JoinsPrevious(analyzed, i + 1) || context.Text.AsSpan(word.End, analyzed[i + 1].Start - word.End) is "-"))
        {
            var next = analyzed[i + 1];
            if (CompoundForms.Closed(word, next, typed + context.Text[next.Start..next.End], lookup) is { } closed)
            {
                context.Notes.Add($"Tìm cả cách viết liền “{closed.Keys[0]}”.");
                return (new NameForm([word.Key, next.Key], NeedsDot: false, IsAbbreviation: false), [closed]);
            }
        }
        if (CompoundForms.Open(word, typed, lookup, reader, syllables?.Invoke(reader)) is not { } open)
        {
            return null;
        }
        context.Notes.Add($"Tìm cả cách viết rời “{string.Join(' ', open.Keys)}”, “{string.Join('-', open.Keys)}”.");
        return (new NameForm([word.Key], NeedsDot: false, IsAbbreviation: false), [open]);
    }

    /// <summary>
    /// True when a word of <paramref name="words"/> is in at most <see cref="RareWordShare"/> of the articles (in the
    /// text field where most hold it): a name's syllable (rịa, huế), whose phrase positions are few to read.
    /// </summary>
    private bool HasRareWord(List<QueryWord> words, WordContext context)
        => context.Reader is { MaxDoc: > 0 } reader && context.Lookup is not null
           && words.Min(w => ArticlesHolding(w, context)) <= RareWordShare * reader.MaxDoc;

    /// <summary>
    /// The exact key of word <paramref name="k"/> of a run in the readings of its pairs, when that reading gives it
    /// marks; null otherwise (no reading looked up, or the word is bare in it).
    /// </summary>
    private static string? ReadAs(PairReading[]? readings, int k)
    {
        if (readings is null || readings.Length == 0)
        {
            return null;
        }
        var reading = k < readings.Length ? readings[k]?.First : readings[k - 1]?.Second;
        return reading is not null && VietnameseText.IsExactKey(reading) ? reading : null;
    }

    /// <summary>
    /// Pair clauses for one run of words that pair with their neighbours; the reading of each pair asked for, if any. In
    /// a short query each pair's tier also goes to <paramref name="required"/>: a word of two or three
    /// syllables is asked for as a word, and an article holding its syllables apart is no answer while enough hold it.
    /// A pair touching a word of <paramref name="inNames"/> (an abbreviation or a long form, which the article may write
    /// in its other form: VN, Việt Nam) is never required.
    /// </summary>
    private PairReading[]? AddRunPairs(List<QueryWord> words, WordContext context, List<Query> pairs, List<Query> required, ReadOnlySpan<bool> inNames,
        ReadOnlySpan<string?> closedForms)
    {
        PairReading[]? readings = null;
        var typed = words.All(w => w.IsExact);
        // A reading the engine would have to guess is only looked up where it counts: in a short query (its tiers) or
        // when guessed readings carry weight; a pair typed with accents is its own reading.
        var guesses = context.IsShortQuery || options.GuessedReadingWeight > 0;
        var wanted = options.ReadingBoost > 0 || context.IsShortQuery;
        if (wanted && (typed || !guesses || context.Reader is null))
        {
            readings = [.. Enumerable.Range(0, words.Count - 1).Select(i => words[i].IsExact && words[i + 1].IsExact
                ? new PairReading(words[i].Key, words[i + 1].Key, 1)
                : new PairReading(words[i].FoldedKey, words[i + 1].FoldedKey, 1))];
        }
        else if (wanted && context.Lookup is { } lookup)
        {
            var pairTerms = lookup.Merged(ArticleFields.Pairs);
            var candidates = new List<List<PairReading>>(words.Count - 1);
            for (var i = 0; i + 1 < words.Count; i++)
            {
                candidates.Add(PairReadings.Of(pairTerms, SyllablePairFilter.Key(words[i].FoldedKey, words[i + 1].FoldedKey)));
            }
            readings = PairReadings.MostLikely(words, candidates);
        }
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var foldedKey = SyllablePairFilter.Key(words[i].FoldedKey, words[i + 1].FoldedKey);
            var folded = new Term(ArticleFields.Pairs, foldedKey);
            var foldedStates = context.Lookup?.Find(ArticleFields.Pairs, foldedKey);
            if (options.AdjacencyBoost > 0)
            {
                pairs.Add(TermQuery(folded, foldedStates, options.AdjacencyBoost));
            }
            var reading = readings?[i] is { IsMarked: true } r ? new Term(ArticleFields.Pairs, r.IndexKey) : null;
            var readingStates = reading is null ? null : context.Lookup?.Find(ArticleFields.Pairs, reading.Text);
            var readingWeight = typed || (words[i].IsExact && words[i + 1].IsExact) ? options.ReadingBoost : options.ReadingBoost * options.GuessedReadingWeight;
            if (reading is not null && readingWeight > 0)
            {
                pairs.Add(TermQuery(reading, readingStates, readingWeight));
            }
            // Together as typed, or with a loanword in it written closed (ti vi: tivi; xem ti vi: xem tivi).
            var closedPair = ClosedFormPair(words, i, closedForms, context);
            Query togetherMatch = TermQuery(folded, foldedStates, 1f);
            if (closedPair is var (closedTogether, _))
            {
                togetherMatch = new BooleanQuery(disableCoord: true) { { togetherMatch, Occur.SHOULD }, { closedTogether, Occur.SHOULD } };
            }
            if (context.IsShortQuery)
            {
                // Tiers, not weights: words together in the reading meant, then together in any reading, then scattered.
                Query? asReadMatch = reading is null ? null : TermQuery(reading, readingStates, 1f);
                if (closedPair is var (_, closedAsRead))
                {
                    asReadMatch = closedForms[i] is not null || asReadMatch is null
                        ? closedAsRead
                        : new BooleanQuery(disableCoord: true) { { asReadMatch, Occur.SHOULD }, { closedAsRead, Occur.SHOULD } };
                }
                // Both words typed with their marks name one reading: the word written so, or written without marks (a
                // text typed bare), is together; another reading side by side (bao năm for bão năm) is no nearer the word
                // than its syllables apart.
                var togetherTier = closedPair is null && asReadMatch is not null && words[i].IsExact && words[i + 1].IsExact
                    ? new BooleanQuery(disableCoord: true)
                    {
                        { asReadMatch, Occur.SHOULD },
                        { FieldsPhrase([words[i].KeyWrittenBare, words[i + 1].KeyWrittenBare], 1f, context.Lookup), Occur.SHOULD },
                    }
                    : togetherMatch;
                var together = new ConstantScoreQuery(togetherTier) { Boost = options.ShortQueryPairTier };
                pairs.Add(together);
                var asRead = asReadMatch is null ? null : new ConstantScoreQuery(asReadMatch) { Boost = options.ShortQueryReadingTier };
                if (asRead is not null)
                {
                    pairs.Add(asRead);
                }
                if (options.ShortQueryNameTier > 0 && words[i].Capitalized && words[i + 1].Capitalized)
                {
                    // Typed as a name: the articles writing it as one come first (Thanh Xuân the district, not tuổi thanh xuân).
                    var name = new Term(ArticleFields.Names, foldedKey);
                    pairs.Add(new ConstantScoreQuery(TermQuery(name, context.Lookup?.Find(ArticleFields.Names, foldedKey), 1f)) { Boost = options.ShortQueryNameTier });
                }
            }
            if (context.RequiresPairs && options.ShortQueryMinHits > 0 && closedPair is not null)
            {
                // A loanword's syllables and their neighbours are held together in any of the loanword's forms.
                required.Add(togetherMatch);
            }
            else if (context.RequiresPairs && options.ShortQueryMinHits > 0 && (inNames.IsEmpty || !(inNames[i] || inNames[i + 1])))
            {
                // A query typed with accents whose reading is what was typed (each word as written, a bare word bare:
                // "tự do") names one reading, and từ đó is no answer to it. A reading the engine guessed for words
                // typed without their accents may be wrong: such a pair is required in any reading.
                var typedAsRead = reading is not null && readings![i].First == words[i].Key && readings[i].Second == words[i + 1].Key;
                required.Add(typedAsRead ? TermQuery(reading!, readingStates, 1f) : TermQuery(folded, foldedStates, 1f));
            }
        }
        return readings;
    }

    /// <summary>The folded keys of <paramref name="words"/> with a loanword's two in its closed form (xem tivi); null when none is.</summary>
    private static List<string>? WithClosedForm(List<QueryWord> words, ReadOnlySpan<string?> closedForms)
    {
        var at = closedForms.IsEmpty ? -1 : closedForms.IndexOfAnyExcept((string?)null);
        if (at < 0 || at + 1 >= words.Count)
        {
            return null;
        }
        return [.. words.Take(at).Select(w => w.FoldedKey), closedForms[at]!, .. words.Skip(at + 2).Select(w => w.FoldedKey)];
    }

    /// <summary>
    /// For pair <paramref name="i"/> of a run that touches a loanword the archive writes closed (<see cref="OtherForm"/>),
    /// what else holds it together, beside its folded pair, and what holds it in the reading meant: for the loanword's
    /// own two words, side by side across a hyphen (e-mail) or closed, and written as typed or closed (ti vi typed bare
    /// is ti vi or tivi, never tỳ vị); for a neighbour, the pair it makes with the closed word (xem tivi), and that or the pair's reading.
    /// Null when the pair touches none.
    /// </summary>
    private (Query Together, Query AsRead)? ClosedFormPair(List<QueryWord> words, int i, ReadOnlySpan<string?> closedForms, WordContext context)
    {
        if (closedForms.IsEmpty)
        {
            return null;
        }
        if (closedForms[i] is { } closed)
        {
            var closedMatch = FieldsPhrase([closed], 1f, context.Lookup);
            var asTyped = FieldsPhrase([words[i].KeyAsTyped, words[i + 1].KeyAsTyped], 1f, context.Lookup);
            return (new BooleanQuery(disableCoord: true)
                {
                    { FieldsPhrase([words[i].FoldedKey, words[i + 1].FoldedKey], 1f, context.Lookup), Occur.SHOULD },
                    { closedMatch, Occur.SHOULD },
                },
                new BooleanQuery(disableCoord: true) { { asTyped, Occur.SHOULD }, { closedMatch, Occur.SHOULD } });
        }
        string? withClosed = null;
        if (i + 2 < words.Count && closedForms[i + 1] is { } after)
        {
            withClosed = SyllablePairFilter.Key(words[i].FoldedKey, after);
        }
        else if (i > 0 && closedForms[i - 1] is { } before)
        {
            withClosed = SyllablePairFilter.Key(before, words[i + 1].FoldedKey);
        }
        if (withClosed is null)
        {
            return null;
        }
        var together = TermQuery(ArticleFields.Pairs, withClosed, 1f, context.Lookup);
        return (together, together);
    }

    /// <summary>
    /// True when more than <see cref="ArticleSearcherOptions.CommonWordShare"/> of the articles hold the word's key in
    /// some text field: a function word (của, và, được), whose long postings would cost a headline query most of its time.
    /// </summary>
    private bool IsCommon(QueryWord word, WordContext context)
        => ArticlesHolding(word, context) > options.CommonWordShare * context.Reader!.MaxDoc;

    /// <summary>
    /// What holds a term typed out whole that has an abbreviation (an toàn giao thông, ATGT): each pair of its words, or
    /// one of its other forms, since an article may write either; null when its words do not pair. As a short query's
    /// pairs, it is required when enough articles hold it (<see cref="ArticleSearcherOptions.RequirePairsUpTo"/>); not
    /// for a name written with punctuation inside (Kinh tế - xã hội), whose pairs stop there. <paramref name="acrossPunctuation"/>
    /// also takes the words side by side across punctuation, as a loanword is written with a hyphen (<c>e-mail</c>).
    /// </summary>
    private BooleanQuery? HeldWhole(List<string> termKeys, IReadOnlyList<NameForm> equivalents, bool acrossPunctuation)
    {
        if (PairsOf(termKeys) is not { } pairs)
        {
            return null;
        }
        var whole = new BooleanQuery(disableCoord: true) { { pairs, Occur.SHOULD } };
        if (acrossPunctuation)
        {
            whole.Add(FieldsPhrase(termKeys, 1f), Occur.SHOULD);
        }
        foreach (var equivalent in equivalents)
        {
            whole.Add(FieldsPhrase(equivalent.SearchKeys, 1f), Occur.SHOULD);
        }
        return whole;
    }

    /// <summary>
    /// True when more than <see cref="ArticleSearcherOptions.CommonWordShare"/> of the articles write the name of
    /// <paramref name="words"/> in one of its forms: as typed, or as an equivalent (a long form is counted by the rarest
    /// of its pairs, the most articles that can hold it).
    /// </summary>
    private bool IsCommonName(List<QueryWord> words, IReadOnlyList<NameForm> equivalents, WordContext context)
    {
        var most = words.Count == 1 ? ArticlesHolding(words[0], context) : 0;
        foreach (var form in equivalents)
        {
            var holding = form.SearchKeys.Count == 1
                ? ArticlesHolding(form.SearchKeys[0], context)
                : PairKeysOf(form.Keys)?.Min(key => context.Lookup!.Find(ArticleFields.Pairs, key).DocFreq) ?? 0;
            most = Math.Max(most, holding);
        }
        return most > options.CommonWordShare * context.Reader!.MaxDoc;
    }

    /// <summary>The articles holding the word's key, in the text field where most do.</summary>
    private int ArticlesHolding(QueryWord word, WordContext context) => ArticlesHolding(word.Key, context);

    /// <summary>The articles holding <paramref name="key"/>, in the text field where most do.</summary>
    private int ArticlesHolding(string key, WordContext context)
    {
        var articles = 0;
        foreach (var (field, _) in _textFields)
        {
            articles = Math.Max(articles, context.Lookup!.Find(field, key).DocFreq);
        }
        return articles;
    }

    /// <summary>
    /// True when word <paramref name="i"/> forms a pair with the word before it, by the index's rule: both words pair
    /// (<see cref="SyllablePairFilter.CanPair"/>), with only white space between them.
    /// </summary>
    private static bool JoinsPrevious(List<QueryWord> analyzed, int i)
        => i > 0 && i < analyzed.Count && !analyzed[i].AfterPunctuation
            && SyllablePairFilter.CanPair(analyzed[i - 1].FoldedKey) && SyllablePairFilter.CanPair(analyzed[i].FoldedKey);

    /// <summary>
    /// What a short query requires of the articles it finds when enough hold it (<see cref="ArticleSearcherOptions.ShortQueryMinHits"/>):
    /// its pairs, a phrase or a name held whole, and its words that pair with none as typed.
    /// </summary>
    private sealed class Narrowing
    {
        /// <summary>Clauses every article found must match.</summary>
        public List<Query> Conditions { get; } = [];

        /// <summary>The words of the query, as typed, that every article found must write.</summary>
        public WrittenInFilter? Words { get; set; }

        /// <summary>True when the query requires nothing of the kind.</summary>
        public bool IsEmpty => Conditions.Count == 0 && Words is null;

        /// <summary><paramref name="query"/>, scored as it is, matching only the articles that meet every condition.</summary>
        public Query Apply(Query query)
        {
            if (Conditions.Count > 0)
            {
                var narrowed = new BooleanQuery(disableCoord: true) { { query, Occur.MUST } };
                foreach (var condition in Conditions)
                {
                    // A condition, not a score: the query already scores what it requires (a pair's tier, a phrase, a name).
                    narrowed.Add(new ConstantScoreQuery(condition) { Boost = 0f }, Occur.MUST);
                }
                query = narrowed;
            }
            return Words is null ? query : Words.Filtering(query);
        }
    }

    /// <summary>What the words of one text part are read with.</summary>
    private sealed record WordContext(string Text, bool TypesAccents, bool WholeQueryInCapitals, bool IsShortQuery, IndexReader? Reader, TermLookup? Lookup)
    {
        /// <summary>The words are one term to find whole when enough articles hold it (<see cref="ArticleSearcherOptions.RequirePairsUpTo"/>).</summary>
        public bool RequiresPairs { get; init; }

        /// <summary>The query is bare words, more than a short query's and at most <see cref="ArticleSearcherOptions.WholeRunMaxWords"/>.</summary>
        public bool IsTermTypedOut { get; init; }

        /// <summary>Where notes for the reader go.</summary>
        public List<string> Notes { get; init; } = [];
    }

    /// <summary>A term query, with its looked-up states when there are (<see cref="TermLookup"/>).</summary>
    private static TermQuery TermQuery(Term term, TermContext? states, float boost)
        => states is null ? new TermQuery(term) { Boost = boost } : new TermQuery(term, states) { Boost = boost };

    /// <summary>A term query on <paramref name="field"/>, looked up through <paramref name="lookup"/> when given.</summary>
    private static TermQuery TermQuery(string field, string key, float boost, TermLookup? lookup)
    {
        var term = new Term(field, key);
        return TermQuery(term, lookup?.Find(field, key), boost);
    }

    /// <summary>True when every letter of <paramref name="text"/> is a capital (and it has letters).</summary>
    private static bool IsInCapitals(string text) => text.Any(char.IsLetter) && !text.Any(char.IsLower);

    /// <summary>
    /// An abbreviation or long form for <see cref="WordCoverage"/>: its clause, and the keys that alone show it held, as
    /// in the clause: each word typed (with its folded key where the clause holds the fallback), each form of one word.
    /// </summary>
    private CoveredWord UnitCovered(List<QueryWord> words, IReadOnlyList<NameForm> equivalents, float weight, Query unit, BooleanQuery? fallbackTo)
    {
        var keys = new List<string>();
        foreach (var word in words)
        {
            keys.Add(word.Key);
            if (word.IsExact && options.FoldedFallbackWeight > 0 && fallbackTo is null)
            {
                keys.Add(word.FoldedKey);
            }
        }
        keys.AddRange(equivalents.Where(e => e.SearchKeys.Count == 1).Select(e => e.SearchKeys[0]));
        // The typed words' own phrase is held wherever each of them is; only a longer equivalent needs positions.
        return new CoveredWord(null, weight, null, unit)
        {
            UnitKeys = [.. keys.Distinct(StringComparer.Ordinal)],
            UnitHasPhrases = equivalents.Any(e => e.Keys.Count > 1),
        };
    }

    private void AddEquivalents(DisjunctionMaxQuery alternatives, IReadOnlyList<NameForm> equivalents, HighlightTerms keys)
    {
        foreach (var equivalent in equivalents)
        {
            alternatives.Add(FieldsPhrase(equivalent.SearchKeys, 1f));
            keys.AddPhrase(equivalent.SearchKeys);
        }
    }

    /// <summary>
    /// One word over the text fields, on its key, with the folded fallback for accented words (in the word's clause, or
    /// in <paramref name="fallbackTo"/> when given).
    /// </summary>
    private BooleanQuery WordQuery(QueryWord word, HighlightTerms? keys, BooleanQuery? fallbackTo = null, TermLookup? lookup = null)
        => WordQuery(word, keys, fallbackTo, lookup, out _);

    /// <summary>
    /// <see cref="WordQuery(QueryWord, HighlightTerms?, BooleanQuery?, TermLookup?)"/>, and the word's folded fallback as
    /// the one clause it added to <paramref name="fallbackTo"/> (null when it added none): where that clause matches,
    /// the article holds the word in some reading.
    /// </summary>
    private BooleanQuery WordQuery(QueryWord word, HighlightTerms? keys, BooleanQuery? fallbackTo, TermLookup? lookup, out BooleanQuery? rescoredFallback)
    {
        var query = new BooleanQuery(disableCoord: true);
        rescoredFallback = fallbackTo is not null && word.IsExact && options.FoldedFallbackWeight > 0 ? new BooleanQuery(disableCoord: true) : null;
        foreach (var (field, boost) in _textFields)
        {
            query.Add(TermQuery(field, word.Key, boost, lookup), Occur.SHOULD);
            if (word.IsExact && options.FoldedFallbackWeight > 0)
            {
                (rescoredFallback ?? query).Add(TermQuery(field, word.FoldedKey, boost * options.FoldedFallbackWeight, lookup), Occur.SHOULD);
            }
        }
        if (rescoredFallback is not null)
        {
            fallbackTo!.Add(rescoredFallback, Occur.SHOULD);
        }
        keys?.Words.Add(word.Key);
        if (word.IsExact && options.FoldedFallbackWeight > 0)
        {
            keys?.FallbackWords.Add(word.FoldedKey);
        }
        return query;
    }

    /// <summary>The words of <paramref name="termKeys"/> side by side, in any text field.</summary>
    private BooleanQuery FieldsPhrase(IReadOnlyList<string> termKeys, float weight, TermLookup? lookup = null)
    {
        var query = new BooleanQuery(disableCoord: true);
        foreach (var (field, boost) in _textFields)
        {
            query.Add(Phrase(field, termKeys, boost * weight, lookup), Occur.SHOULD);
        }
        return query;
    }

    private static Query Phrase(string field, IReadOnlyList<string> termKeys, float boost, TermLookup? lookup = null)
    {
        if (termKeys.Count == 1)
        {
            return TermQuery(field, termKeys[0], boost, lookup);
        }
        // Not narrowed to the articles holding its pairs: a pair stops at punctuation and a phrase does not, and names
        // are written with and without their dashes (Lao động - Thương binh và Xã hội). Kept once found instead: the
        // same phrases come back query after query.
        return new KeptPhraseQuery(field, termKeys) { Boost = boost };
    }

    /// <summary>
    /// The pairs of consecutive words of <paramref name="termKeys"/> (exact or folded keys), all required, on the pairs
    /// field; null when a word does not pair (a number, an unmarked exact key), so no pair can stand for it.
    /// </summary>
    private static BooleanQuery? PairsOf(IReadOnlyList<string> termKeys)
    {
        if (PairKeysOf(termKeys) is not { } keys)
        {
            return null;
        }
        var pairs = new BooleanQuery(disableCoord: true);
        foreach (var key in keys)
        {
            pairs.Add(new TermQuery(new Term(ArticleFields.Pairs, key)), Occur.MUST);
        }
        return pairs;
    }

    /// <summary>
    /// The pairs field's keys of the consecutive words of <paramref name="termKeys"/> (exact keys with marks, folded keys
    /// without), each naming every article that can hold the two side by side; null when a word does not pair.
    /// </summary>
    private static List<string>? PairKeysOf(IReadOnlyList<string> termKeys)
    {
        var keys = new List<string>(termKeys.Count - 1);
        for (var k = 0; k + 1 < termKeys.Count; k++)
        {
            var (first, second) = (termKeys[k], termKeys[k + 1]);
            if (!SyllablePairFilter.CanPair(first) || !SyllablePairFilter.CanPair(second))
            {
                return null;
            }
            // A folded key (a word typed bare) matches the word in any reading, so only two exact keys name a reading.
            keys.Add(VietnameseText.HasDiacritics(first) && VietnameseText.HasDiacritics(second)
                ? SyllablePairFilter.ReadingKey(first, second)!
                : SyllablePairFilter.Key(VietnameseText.Fold(first), VietnameseText.Fold(second)));
        }
        return keys;
    }

    /// <summary>A part that must match as a whole: all its words (or the phrase) in its field(s); null when it has no words.</summary>
    private Query? PartQuery(QueryPart part, HighlightTerms? keys)
    {
        switch (part.Field)
        {
            case QueryField.Category:
                return Filter(ArticleFields.CategoryKey, part.Text);
            case QueryField.Author:
                return Filter(ArticleFields.AuthorKey, part.Text);
        }
        var analyzed = Analyze(part.Text);
        if (analyzed.Count == 0)
        {
            return null;
        }
        var fields = part.Field == QueryField.Title ? [(ArticleFields.Title, 1f)] : _textFields;
        var termKeys = analyzed.Select(w => w.Key).ToList();
        if (part.IsPhrase)
        {
            keys?.AddPhrase(termKeys);
        }
        else
        {
            keys?.Words.UnionWith(termKeys);
        }
        var query = new BooleanQuery(disableCoord: true);
        foreach (var (field, boost) in fields)
        {
            if (part.IsPhrase)
            {
                query.Add(Phrase(field, termKeys, boost), Occur.SHOULD);
            }
            else
            {
                var all = new BooleanQuery(disableCoord: true);
                foreach (var key in termKeys)
                {
                    all.Add(new TermQuery(new Term(field, key)), Occur.MUST);
                }
                all.Boost = boost;
                query.Add(all, Occur.SHOULD);
            }
        }
        return query;
    }

    private static void AddFilter(BooleanQuery top, string field, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            top.Add(Filter(field, value), Occur.MUST);
        }
    }

    /// <summary>An exact match on a folded metadata value, scoring nothing.</summary>
    private static ConstantScoreQuery Filter(string field, string value)
        => new(new TermQuery(new Term(field, VietnameseText.FilterKey(value)))) { Boost = 0f };

    /// <summary>The query words of <paramref name="text"/>: the query analyzer's key and the index analyzer's folded key per position.</summary>
    internal static List<QueryWord> Analyze(string text)
    {
        var words = new List<QueryWord>();
        using (var stream = QueryAnalyzer.GetTokenStream(ArticleFields.Body, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var offset = stream.AddAttribute<IOffsetAttribute>();
            var flags = stream.AddAttribute<IFlagsAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                var key = term.ToString();
                var afterPunctuation = (flags.Flags & VietnameseTokenizer.AfterPunctuationFlag) != 0;
                var capitalized = (flags.Flags & LetterCaseFilter.CapitalizedFlag) != 0;
                words.Add(new QueryWord(key, key, offset.StartOffset, offset.EndOffset, afterPunctuation, capitalized));
            }
            stream.End();
        }
        using (var stream = IndexAnalyzer.GetTokenStream(ArticleFields.Body, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var type = stream.AddAttribute<ITypeAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            var position = -1;
            while (stream.IncrementToken())
            {
                position += increment.PositionIncrement;
                if (type.Type == VietnameseTokenTypes.Folded && position < words.Count && words[position].IsExact)
                {
                    words[position] = words[position] with { FoldedKey = term.ToString() };
                }
            }
            stream.End();
        }
        return words;
    }

    private static DateOnly? Later(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a > b ? a : b);

    private static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : (a < b ? a : b);
}
