using System.Globalization;
using System.Text.RegularExpressions;
using DongDa.Search.Schema;

namespace DongDa.Search.Indexer.Sources;

/// <summary>
/// The portal's plain-text article: section line, blank line, title,
/// <c>Ngày đăng DD/MM/YYYY | HH:mm | Lượt xem: N</c>, paragraphs separated by blank lines, author on the last line.
/// Every part is optional: what can be read is kept, what is odd becomes a warning.
/// </summary>
internal static partial class PortalTextArticle
{
    /// <summary>The metadata line; accents optional because old exports lost them.</summary>
    [GeneratedRegex(@"^\s*Ng[aà]y\s+đ?[dđ]?[aă]ng\s*:?\s*(?<date>\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4})?\s*(?:\|\s*(?<time>\d{1,2}\s*[:h]\s*\d{2})?\s*)?(?:\|?\s*L[uư][oợ]t\s+xem\s*:?\s*(?<views>[\d.,\s]*\d)?)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaLine();

    /// <summary>Parses <paramref name="text"/>; warnings about odd parts go to <paramref name="warnings"/>.</summary>
    /// <exception cref="ArticleFormatException">The text is empty.</exception>
    public static Article Parse(string text, string id, string path, ICollection<string> warnings)
    {
        var blocks = SplitBlocks(text);
        if (blocks.Count == 0)
        {
            throw new ArticleFormatException("empty file: no article text");
        }

        string? category = null;
        var title = "";
        DateOnly? date = null;
        TimeOnly? time = null;
        int? views = null;
        List<string> paragraphs;

        var meta = FindMetaLine(blocks);
        if (meta is { } at)
        {
            var head = blocks.Take(at.Block).SelectMany(b => b).ToList();
            head.AddRange(blocks[at.Block].Take(at.Line));
            if (head.Count >= 2)
            {
                category = head[0];
                title = string.Join(" ", head.Skip(1));
            }
            else if (head.Count == 1)
            {
                title = head[0];
            }
            else
            {
                warnings.Add("no title before the 'Ngày đăng' line");
            }
            (date, time, views) = ReadMeta(blocks[at.Block][at.Line], warnings);
            paragraphs = blocks[at.Block].Skip(at.Line + 1).Select(l => l).ToList() is { Count: > 0 } rest
                ? [string.Join(" ", rest), .. blocks.Skip(at.Block + 1).Select(JoinLines)]
                : blocks.Skip(at.Block + 1).Select(JoinLines).ToList();
        }
        else
        {
            warnings.Add("no 'Ngày đăng' line: date, time and views unknown");
            var index = 0;
            if (blocks.Count >= 3 && IsHeadingLine(blocks[0], 60) && IsHeadingLine(blocks[1], 300))
            {
                category = blocks[0][0];
                index = 1;
            }
            if (IsHeadingLine(blocks[index], 300) && blocks.Count > index + 1)
            {
                title = blocks[index][0];
                index++;
            }
            paragraphs = blocks.Skip(index).Select(JoinLines).ToList();
        }

        string? author = null;
        if (paragraphs.Count >= 2 && LooksLikeByline(paragraphs[^1]))
        {
            author = paragraphs[^1];
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }
        if (title.Length == 0 && paragraphs.Count == 0)
        {
            throw new ArticleFormatException("no title and no article text");
        }

        return new Article
        {
            Id = id,
            Path = path,
            Category = category,
            Title = title,
            Date = date,
            Time = time,
            Views = views,
            Body = string.Join("\n", paragraphs),
            Author = author,
        };
    }

    private static (int Block, int Line)? FindMetaLine(List<List<string>> blocks)
    {
        // The metadata line sits right under the title; looking further would take a quoted line from the body.
        var seen = 0;
        for (var b = 0; b < blocks.Count; b++)
        {
            for (var l = 0; l < blocks[b].Count; l++)
            {
                if (seen++ > 4)
                {
                    return null;
                }
                var match = MetaLine().Match(blocks[b][l]);
                if (match.Success && (match.Groups["date"].Success || match.Groups["views"].Success))
                {
                    return (b, l);
                }
            }
        }
        return null;
    }

    private static (DateOnly?, TimeOnly?, int?) ReadMeta(string line, ICollection<string> warnings)
    {
        var match = MetaLine().Match(line);
        DateOnly? date = null;
        TimeOnly? time = null;
        int? views = null;
        var dateText = match.Groups["date"].Value;
        if (dateText.Length == 0)
        {
            warnings.Add("the 'Ngày đăng' line has no date");
        }
        else if (DateParsing.TryParseDayMonthYear(dateText, out var parsed))
        {
            date = parsed;
        }
        else
        {
            warnings.Add($"unparseable date '{dateText}'; indexed without a date");
        }

        var timeText = match.Groups["time"].Value.Replace(" ", "").Replace('h', ':').Replace('H', ':');
        if (timeText.Length > 0)
        {
            if (TimeOnly.TryParseExact(timeText, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
            {
                time = t;
            }
            else
            {
                warnings.Add($"unparseable time '{timeText}'");
            }
        }

        var viewsText = new string(match.Groups["views"].Value.Where(char.IsAsciiDigit).ToArray());
        if (viewsText.Length > 0)
        {
            if (int.TryParse(viewsText, NumberStyles.None, CultureInfo.InvariantCulture, out var v))
            {
                views = v;
            }
            else
            {
                warnings.Add($"view count '{viewsText}' out of range");
            }
        }
        return (date, time, views);
    }

    /// <summary>Lines grouped into paragraphs at blank lines; lines trimmed, empty groups dropped.</summary>
    private static List<List<string>> SplitBlocks(string text)
    {
        var blocks = new List<List<string>>();
        List<string>? current = null;
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Trim().Trim('\uFEFF');
            if (line.Length == 0)
            {
                current = null;
                continue;
            }
            if (current is null)
            {
                current = [];
                blocks.Add(current);
            }
            current.Add(line);
        }
        return blocks;
    }

    private static string JoinLines(List<string> block) => string.Join(" ", block);

    private static bool IsHeadingLine(List<string> block, int maxLength) => block.Count == 1 && block[0].Length <= maxLength;

    /// <summary>A byline is a short line of a few words, not a sentence.</summary>
    internal static bool LooksLikeByline(string paragraph)
    {
        if (paragraph.Length > 60 || paragraph.Contains('\n'))
        {
            return false;
        }
        var words = paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 7
            && !".:;!?…\"”".Contains(paragraph[^1])
            && !char.IsDigit(paragraph[0])
            && char.IsUpper(paragraph[0]);
    }
}
