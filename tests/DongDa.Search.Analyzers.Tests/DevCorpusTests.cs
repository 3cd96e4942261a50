using System.IO.Compression;
using System.Text.Json;
using DongDa.Search.Testing;

namespace DongDa.Search.Analyzers.Tests;

/// <summary>Checks against real news text from ../shared/data; reported skipped, with the reason, where the data is absent.</summary>
public class DevCorpusTests
{
    private const string News = "news-dev.jsonl.gz";

    private static IEnumerable<string> Texts(int count)
    {
        using var file = File.OpenRead(Path.Combine(TestPaths.SharedData!, News));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        // Every 15th line samples both sources (the file is sorted by id: Dân trí first, then VnExpress).
        for (var line = 0; reader.ReadLine() is { } json && count > 0; line++)
        {
            if (line % 15 != 0)
            {
                continue;
            }
            using var doc = JsonDocument.Parse(json);
            count--;
            yield return doc.RootElement.GetProperty("body").GetString() ?? "";
        }
    }

    [SharedDataFact(News)]
    public void DevArticles_AnalyzeWithinTheTokenStreamContract()
    {
        foreach (var text in Texts(1500))
        {
            var tokens = TokenStreamAssert.Tokens(Keys.Index, text);
            foreach (var token in tokens.Where(t => t.Type == "exact"))
            {
                Assert.True(VietnameseText.HasDiacritics(token.Term) || token.Term[0] == VietnameseAnalyzer.UnmarkedExactPrefix, token.Term);
            }
        }
    }

    [SharedDataFact(News)]
    public void DevArticles_NeverKeepNewToneStyleInExactKeys()
    {
        string[] newStyle = ["hoà", "hoá", "toà", "thuỷ", "khoẻ", "uỷ", "thuý"];
        foreach (var text in Texts(1500))
        {
            var exact = Keys.Exact(text);
            Assert.DoesNotContain(exact, newStyle.Contains);
        }
    }
}

/// <summary>Checks the tone and i/y rules against the cspell Vietnamese syllable list (MIT), where present.</summary>
public class SyllableListTests
{
    [SharedDataFact("wordlists/vi-syllables-cspell.txt")]
    public void ListedSyllables_ChangeOnlyByToneStyleOrIY()
    {
        var changed = new List<string>();
        foreach (var line in File.ReadLines(Path.Combine(TestPaths.SharedData!, "wordlists", "vi-syllables-cspell.txt")))
        {
            var syllable = line.Trim().TrimStart('~').ToLowerInvariant().Normalize();
            if (syllable.Length == 0 || syllable.Contains(' '))
            {
                continue;
            }
            var keys = Keys.QueryKeys(syllable);
            if (keys.Length > 1)
            {
                // A loanword the list holds as one (palăng) is read as its syllables, which must spell it.
                if (string.Concat(keys) != syllable)
                {
                    changed.Add($"{syllable}→{string.Join(' ', keys)}");
                }
                continue;
            }
            var key = keys.Single();
            if (key == syllable || !VietnameseText.HasDiacritics(syllable))
            {
                continue;
            }
            // Allowed: the tone moved within oa/oe/uy (new → old style), or a final y became i.
            var folded = VietnameseText.Fold(syllable);
            var newStyleOpen = folded.EndsWith("oa", StringComparison.Ordinal) || folded.EndsWith("oe", StringComparison.Ordinal)
                || folded.EndsWith("uy", StringComparison.Ordinal);
            var iy = folded.EndsWith('y') && VietnameseText.Fold(key).EndsWith('i');
            if (!newStyleOpen && !iy)
            {
                changed.Add($"{syllable}→{key}");
            }
        }
        Assert.True(changed.Count == 0, string.Join(", ", changed.Take(50)));
    }
}
