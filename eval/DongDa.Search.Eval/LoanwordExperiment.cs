using System.Globalization;
using System.Text.RegularExpressions;
using DongDa.Search.Evaluation;
using DongDa.Search.Schema;

namespace DongDa.Search.Eval;

/// <summary>One row of the loanword table: a system, a way of writing the words, and its mean figures.</summary>
internal sealed record LoanwordRow(string System, string Form, int Words, double Precision10, double Ndcg10, double Recall1000)
{
    public const string TsvHeader = "system\tform\twords\tp@10\tndcg@10\trecall@1000";

    public string ToTsv() => string.Create(CultureInfo.InvariantCulture,
        $"{System}\t{Form}\t{Words}\t{Precision10:0.0000}\t{Ndcg10:0.0000}\t{Recall1000:0.0000}");
}

/// <summary>
/// <c>loanwords</c>: a loanword written closed, open or hyphenated (tivi, ti vi, ti-vi), each way typed as the query; the
/// relevant articles are those writing the word in any of the three ways (letters as written, any case). The words are
/// an editor's list of loanwords the dev articles write both closed and apart, chosen by their spelling before any run.
/// Every article is indexed with its title (the phrase experiment's indexes).
/// </summary>
internal static class LoanwordExperiment
{
    /// <summary>The words: closed form, open form.</summary>
    public static readonly IReadOnlyList<(string Closed, string Open)> Words =
    [
        ("tivi", "ti vi"), ("email", "e mail"), ("gara", "ga ra"), ("website", "web site"), ("online", "on line"),
        ("liveshow", "live show"), ("wifi", "wi fi"), ("sapa", "sa pa"), ("hiphop", "hip hop"), ("smartphone", "smart phone"),
        ("fanclub", "fan club"), ("ebook", "e book"), ("videoclip", "video clip"), ("walmart", "wal mart"),
        ("homepage", "home page"), ("webcam", "web cam"), ("fastfood", "fast food"), ("cocacola", "coca cola"),
        ("photocopy", "photo copy"), ("offline", "off line"), ("playstation", "play station"), ("password", "pass word"),
        ("inbox", "in box"),
    ];

    /// <summary>The ways of writing a word, as the query types it.</summary>
    public static readonly IReadOnlyList<(string Form, Func<(string Closed, string Open), string> Typed)> Forms =
    [
        ("closed", w => w.Closed),
        ("open", w => w.Open),
        ("hyphenated", w => w.Open.Replace(' ', '-')),
    ];

    /// <summary>Runs every system on every form and returns the table.</summary>
    public static List<LoanwordRow> Run(KnownItemSettings settings, TextWriter log)
    {
        List<Article>? corpus = null;
        List<Article> Corpus() => corpus ??= DevCorpus.Read(Path.Combine(settings.DataDirectory, "news-dev.jsonl.gz"));
        var judged = Judgments(Corpus());
        log.WriteLine($"{Words.Count} loanwords, {judged.Values.Sum(j => j.Count):N0} articles writing one");
        var rows = new List<LoanwordRow>();
        foreach (var systemName in settings.Systems)
        {
            using var system = PhraseExperiment.OpenSystem(systemName, settings, Corpus, log);
            foreach (var (form, typed) in Forms)
            {
                var metrics = new List<(double P10, double Ndcg10, double Recall1000)>();
                foreach (var word in Words)
                {
                    var relevant = judged[word.Closed];
                    var ranking = system.Rank(typed(word), 1000).Select(r => r.Id).ToList();
                    var figures = RetrievalMetrics.ForQuery(ranking, relevant);
                    metrics.Add((ranking.Take(10).Count(relevant.ContainsKey) / 10.0, figures.Ndcg10, ranking.Count(relevant.ContainsKey) / (double)relevant.Count));
                }
                rows.Add(new LoanwordRow(system.Name, form, metrics.Count, metrics.Average(m => m.P10), metrics.Average(m => m.Ndcg10), metrics.Average(m => m.Recall1000)));
            }
        }
        return rows;
    }

    /// <summary>For each word, the articles writing it closed, open or hyphenated (grade 1).</summary>
    private static Dictionary<string, IReadOnlyDictionary<string, int>> Judgments(List<Article> corpus)
    {
        var patterns = Words.ToDictionary(w => w.Closed, w => new Regex(
            $@"(?<![\p{{L}}\p{{M}}\p{{Nd}}-])(?:{w.Closed}|{w.Open.Replace(" ", "[ -]", StringComparison.Ordinal)})(?![\p{{L}}\p{{M}}\p{{Nd}}-])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
        var judged = Words.ToDictionary(w => w.Closed, _ => new Dictionary<string, int>(StringComparer.Ordinal));
        foreach (var article in corpus)
        {
            var text = article.Title + "\n" + DongDa.Search.ArticleText.Of(article);
            foreach (var (closed, pattern) in patterns)
            {
                if (pattern.IsMatch(text))
                {
                    judged[closed][article.Id] = 1;
                }
            }
        }
        return judged.ToDictionary(j => j.Key, j => (IReadOnlyDictionary<string, int>)j.Value, StringComparer.Ordinal);
    }
}
