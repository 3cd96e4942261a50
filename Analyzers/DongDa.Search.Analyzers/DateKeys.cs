namespace DongDa.Search.Analyzers;

/// <summary>
/// Normalized keys for dates written the Vietnamese way (day first): 13/12/2019, 13-12-2019 and 13.12.2019 all give
/// 2019-12-13; ISO 2019-12-13 stays; a day and month (13/12) gives 12-13; a month and year (1/2020) gives 2020-01.
/// </summary>
internal static class DateKeys
{
    /// <summary>Normalizes <paramref name="text"/> when it is a valid date in one of the shapes above.</summary>
    public static bool TryNormalize(ReadOnlySpan<char> text, out string key)
    {
        key = "";
        Span<Range> parts = stackalloc Range[4];
        var separator = text.IndexOfAny("/-.");
        if (separator < 0)
        {
            return false;
        }
        var count = text.Split(parts, text[separator]);
        if (count is < 2 or > 3)
        {
            return false;
        }
        Span<int> values = stackalloc int[3];
        Span<int> widths = stackalloc int[3];
        for (var i = 0; i < count; i++)
        {
            var part = text[parts[i]];
            if (part.Length is < 1 or > 4 || !int.TryParse(part, out values[i]))
            {
                return false;
            }
            widths[i] = part.Length;
        }

        if (count == 3)
        {
            if (widths[0] == 4 && widths[1] <= 2 && widths[2] <= 2 && IsDate(values[0], values[1], values[2]))
            {
                key = $"{values[0]:D4}-{values[1]:D2}-{values[2]:D2}";
                return true;
            }
            if (widths[0] <= 2 && widths[1] <= 2 && widths[2] == 4 && IsDate(values[2], values[1], values[0]))
            {
                key = $"{values[2]:D4}-{values[1]:D2}-{values[0]:D2}";
                return true;
            }
            return false;
        }

        // Two parts: day/month or month/year. Only "/" and "-" (a dot between two numbers is a decimal or thousands).
        if (text[separator] == '.')
        {
            return false;
        }
        if (widths[0] <= 2 && widths[1] <= 2 && values[0] is >= 1 and <= 31 && values[1] is >= 1 and <= 12)
        {
            key = $"{values[1]:D2}-{values[0]:D2}";
            return true;
        }
        if (widths[0] <= 2 && widths[1] == 4 && values[0] is >= 1 and <= 12 && IsYear(values[1]))
        {
            key = $"{values[1]:D4}-{values[0]:D2}";
            return true;
        }
        return false;
    }

    /// <summary>The keys a full date can also be found by: its year, month-year and day-month.</summary>
    public static IEnumerable<string> Parts(string fullKey)
    {
        // fullKey is yyyy-MM-dd.
        yield return fullKey[..4];
        yield return fullKey[..7];
        yield return fullKey[5..];
    }

    private static bool IsYear(int year) => year is >= 1000 and <= 2999;

    private static bool IsDate(int year, int month, int day)
        => IsYear(year) && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}
