namespace DongDa.Search;

/// <summary>
/// How <c>AddDongDaSearch</c> opens and serves an index; bound from configuration (section <see cref="SectionName"/>:
/// <c>Search:IndexPath</c>, <c>Search:QueryTimeLimit</c>, <c>Search:RefreshInterval</c>, <c>Search:Ranking:K1</c>…).
/// </summary>
public sealed class DongDaSearchOptions
{
    /// <summary>The configuration section these options are read from by default.</summary>
    public const string SectionName = "Search";

    /// <summary>The index folder (made by <c>dongda-search index</c>).</summary>
    public string IndexPath { get; set; } = "";

    /// <summary>Longest a single search may run; a longer one is stopped with <see cref="SearchTimeoutException"/>. Zero: no limit.</summary>
    public TimeSpan QueryTimeLimit { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How often the searcher looks for a new commit of the indexer (a cheap check when there is none); articles
    /// committed become visible within this time. Zero: never (call <see cref="ArticleSearcher.Refresh"/> yourself).
    /// </summary>
    public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Results of this many recent requests are kept and given again while the index has not changed (a new commit
    /// makes them stale: they are never served after the searcher refreshes). A portal's searches repeat: the same
    /// popular words, the same result page reloaded or shared. Zero (the default): every request is searched. Measured
    /// in the README (web load): 2,000 gave 1.5 times the requests per second on a replay of 2,800 queries, and up to
    /// about 40 MB more memory once full.
    /// </summary>
    public int ResultCacheSize { get; set; }

    /// <summary>
    /// After reading the syllable model of a new commit (and the first one), run one compacting collection that returns
    /// the memory the reading used to the system. Reading the model of the dev archive allocates about 200 MB of
    /// short-lived objects for the 20 MB it keeps; without the collection the process keeps that room from the first
    /// commit on (anonymous memory 90 → 120-130 MB under the web load bench, with the same live heap). The cost is one
    /// pause per commit, measured in the README (web load). On by default; turn it off in a host that manages its own
    /// collections.
    /// </summary>
    public bool CompactAfterModelRead { get; set; } = true;

    /// <summary>Ranking parameters; the defaults were measured (see <see cref="ArticleSearcherOptions"/>).</summary>
    public ArticleSearcherOptions Ranking { get; set; } = new();
}
