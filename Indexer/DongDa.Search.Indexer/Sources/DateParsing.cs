using System.Globalization;

namespace DongDa.Search.Indexer.Sources;

/// <summary>Dates as Vietnamese sources write them: day first, or ISO 8601 in data files.</summary>
internal static class DateParsing
{
    private static readonly string[] DayMonthYear = ["d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "d/M/yy"];

    /// <summary>Reads <c>13/12/2019</c>, <c>13-12-2019</c> or <c>13.12.2019</c> (spaces allowed).</summary>
    public static bool TryParseDayMonthYear(string text, out DateOnly date)
        => DateOnly.TryParseExact(text.Replace(" ", ""), DayMonthYear, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>
    /// Reads an ISO date or date-time (<c>2019-12-13</c>, <c>2019-12-13T17:44:00+07:00</c>), else a day-first
    /// date with an optional time. The time is the wall-clock time the source wrote, never converted.
    /// </summary>
    public static bool TryParse(string text, out DateOnly date, out TimeOnly? time)
    {
        time = null;
        text = text.Trim();
        if (text.Length >= 10 && text[4] == '-' && char.IsAsciiDigit(text[0]))
        {
            if (text.Length == 10)
            {
                return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
            }
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment))
            {
                // The offset as written is kept: DateTime of a parsed offset is the source's local clock.
                var local = moment.DateTime;
                date = DateOnly.FromDateTime(local);
                time = TimeOnly.FromDateTime(local);
                return true;
            }
            date = default;
            return false;
        }
        var space = text.IndexOf(' ');
        var datePart = space > 0 ? text[..space] : text;
        if (!TryParseDayMonthYear(datePart, out date))
        {
            return false;
        }
        if (space > 0 && TimeOnly.TryParse(text[(space + 1)..].Trim(), CultureInfo.InvariantCulture, out var t))
        {
            time = t;
        }
        return true;
    }
}
