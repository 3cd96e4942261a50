namespace DongDa.Search;

/// <summary>
/// Ranking parameters. The defaults were chosen by measurement on known-item topics from the development corpus
/// (see Search/DongDa.Search/README.md and eval/); change them only with a measurement in hand.
/// </summary>
public sealed record ArticleSearcherOptions
{
    /// <summary>BM25 term-frequency saturation.</summary>
    public float K1 { get; init; } = 1.2f;

    /// <summary>BM25 length normalization.</summary>
    public float B { get; init; } = 0.75f;

    /// <summary>Weight of a match in the title relative to the body.</summary>
    public float TitleBoost { get; init; } = 2.0f;

    /// <summary>Weight of a match in the summary (lead paragraph) relative to the body.</summary>
    public float SummaryBoost { get; init; } = 1.0f;

    /// <summary>
    /// Weight of two consecutive query words found side by side (a multi-syllable word, a name), matched on the index's
    /// folded syllable pair keys. 0 turns it off.
    /// </summary>
    public float AdjacencyBoost { get; init; } = 0.75f;

    /// <summary>
    /// Weight of the reading of two consecutive query words (their exact keys side by side: <c>đồng bộ</c>, not
    /// <c>động bộ</c>), matched on the index's pair reading keys. The reading is the one typed when both words carry
    /// accents, else the archive's most frequent reading that fits what was typed. 0 turns it off.
    /// </summary>
    public float ReadingBoost { get; init; } = 0.4f;

    /// <summary>Share of <see cref="ReadingBoost"/> for a reading the engine chose (a word typed without accents): a guess counts less.</summary>
    public float GuessedReadingWeight { get; init; } = 0.25f;

    /// <summary>
    /// Queries of two to this many bare words (no quotes, fields or OR; words excluded with a minus only take articles
    /// away) are read as one word or name: articles where the words stand together rank above articles where they are
    /// scattered. 0 turns it off. Three covers the
    /// words of two and three syllables archivists type; at four, known-item MRR@10 (headlines of four words) fell by
    /// 0.003-0.004 in every spelling on the dev half, where the pair and reading weights already favour words together.
    /// </summary>
    public int ShortQueryMaxWords { get; init; } = 3;

    /// <summary>
    /// Queries of two to this many bare words (as for <see cref="ShortQueryMaxWords"/>, and at least as many)
    /// may be one term to find whole: when at least <see cref="ShortQueryMinHits"/> articles hold it, only those are
    /// found. Above <see cref="ShortQueryMaxWords"/> words only when the query is a long form of the abbreviation table
    /// (an toàn giao thông, bảo hiểm xã hội, ủy ban nhân dân, công nghệ thông tin: the administrative language's terms)
    /// or a name with a rare syllable (Bà Rịa Vũng Tàu), since four common syllables are as often two words (học phí
    /// đại học); and they rank as longer queries do (no tiers), which kept known-item MRR@10.
    /// </summary>
    public int RequirePairsUpTo { get; init; } = 4;

    /// <summary>
    /// Score added, in a query of more bare words than <see cref="ShortQueryMaxWords"/> and at most
    /// <see cref="WholeRunMaxWords"/>, to articles holding every pair of its words (any reading): a term typed out
    /// (quy hoạch đô thị) is found whole first. 0 turns it off.
    /// </summary>
    public float WholeRunTier { get; init; } = 300f;

    /// <summary>The longest query, in words, that <see cref="WholeRunTier"/> applies to.</summary>
    public int WholeRunMaxWords { get; init; } = 5;

    /// <summary>
    /// Score added, per pair of a short query, to articles where the two words stand together in any reading; for a pair
    /// both typed with marks, in that reading or written without marks only (<c>bão năm</c>: not bao năm).
    /// </summary>
    public float ShortQueryPairTier { get; init; } = 100f;

    /// <summary>Score added, per pair of a short query, to articles where the two words stand together in the reading meant.</summary>
    public float ShortQueryReadingTier { get; init; } = 100f;

    /// <summary>
    /// Score added, in a short query of three words or a term of up to <see cref="WholeRunMaxWords"/> typed out, to
    /// articles where all its words stand side by side in any reading: holding each pair is not holding the word
    /// (<c>nhà văn</c> and <c>văn hóa</c> apart are no <c>nhà văn hóa</c>; <c>tổng lãnh sự</c> beside <c>lãnh sự
    /// quán</c> is no <c>tổng lãnh sự quán</c>). 0 turns it off.
    /// </summary>
    public float ShortQueryRunTier { get; init; } = 100f;

    /// <summary>
    /// Score added, per pair of a short query typed as a name (each word with a capital first letter: <c>Thanh Xuân</c>),
    /// to articles that write the pair as a name: the district before the youth (<c>tuổi thanh xuân</c>). 0 turns it off.
    /// </summary>
    public float ShortQueryNameTier { get; init; } = 100f;

    /// <summary>
    /// A short query of plain words (no abbreviation) finds only the articles where its words stand together, in any
    /// reading, when at least this many do (with the request's filters), and one syllable typed with accents only the
    /// articles that write it so; with fewer, it also finds the articles that hold the words apart (or the syllable in
    /// another reading), ranked after them. The ranking is the same either way: the articles holding the words
    /// together already come first; what changes is the count, the counts by year and category, and the work (only
    /// those articles are scored). 0 always finds the words apart too.
    /// </summary>
    public int ShortQueryMinHits { get; init; } = 10;

    /// <summary>
    /// How many of the best first-pass hits get the <see cref="UnmarkedExactWeight"/> bonus (by rescoring; at least the
    /// hits asked for). Its keys are as common as the words themselves: clauses over every matching article would cost
    /// far more than the bonus changes below this depth.
    /// </summary>
    public int RescoreDepth { get; init; } = 200;

    /// <summary>
    /// Weight of the accent-free key added for a word typed with accents, so a text written without accents (or with
    /// other marks) still matches, below texts with the exact accents. 0 turns the fallback off.
    /// </summary>
    public float FoldedFallbackWeight { get; init; } = 0.1f;

    /// <summary>
    /// In a query of more words than <see cref="RequireAllWordsUpTo"/>, where no single word is needed, the folded
    /// fallback rescores the top <see cref="RescoreDepth"/> first-pass hits instead of being a clause over every match:
    /// the same bonus for the hits that can reach the first pages, without walking the long postings of common folded
    /// keys (four clauses in ten of a headline query, and most of its time). Shorter queries keep it as a clause, as it
    /// decides there what matches.
    /// </summary>
    public bool FoldedFallbackByRescoring { get; init; } = true;

    /// <summary>
    /// Weight of the exact key of a word typed without marks, in a query where other words carry accents: such a user
    /// types accents, so "tin" in "Thông tin mới" means tin, not tín or tỉn. Added beside the folded key, never instead of
    /// it (a half-accented query may leave marks off by haste). 0 turns it off.
    /// </summary>
    public float UnmarkedExactWeight { get; init; } = 0.5f;

    /// <summary>Queries of up to this many words need every word (short queries are precise requests); 0 never requires all.</summary>
    public int RequireAllWordsUpTo { get; init; } = 3;

    /// <summary>
    /// In a query where no word is required (more than <see cref="RequireAllWordsUpTo"/> words), a word that more than
    /// this share of the articles contain (của, và, được…), or an abbreviation they write as often in one of its forms
    /// (VN, Việt Nam), finds nothing by itself: it only adds its score, by rescoring,
    /// to the hits the query's other words and pairs find, as Lucene's CommonTermsQuery does. The rescored hits score
    /// exactly as before; what changes is that an article holding only such words is no match, and that the query no
    /// longer reads those words' postings for every article (the cost that grows with the archive). 1 turns it off.
    /// </summary>
    public float CommonWordShare { get; init; } = 0.2f;

    /// <summary>
    /// In a query of more than <see cref="RequireAllWordsUpTo"/> words, each of the top 100 hits' score is multiplied by the share of the query's word weight it holds (each word weighed by its inverse document
    /// frequency) to this power: an article holding every rare word of a headline beats one holding its common words
    /// often. 0 turns it off.
    /// </summary>
    public float WordCoverageExponent { get; init; } = 0.35f;

    /// <summary>Whether abbreviations find their long forms and back (UBND ↔ Ủy ban nhân dân).</summary>
    public bool ExpandAbbreviations { get; init; } = true;

    /// <summary>
    /// Whether a loanword typed in a short query in one of its forms finds the other form the archive writes: closed for
    /// open (<c>ti vi</c> finds <c>tivi</c>) and open for closed (<c>email</c> finds <c>e-mail</c>).
    /// </summary>
    public bool FindCompoundForms { get; init; } = true;

    /// <summary>
    /// Share of the query's words (in percent) an article must contain when the query has more than
    /// <see cref="RequireAllWordsUpTo"/> words. 0 means any one word is enough and ranking alone decides.
    /// </summary>
    public int MinimumWordsPercent { get; init; }
}
