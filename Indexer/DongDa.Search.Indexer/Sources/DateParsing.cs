using System.Globalization;

namespace DongDa.Search.Indexer.Sources;

/// <summary>
/// Dates as Vietnamese sources write them: day first, or in data files ISO 8601, RSS's (<c>pubDate</c>) or a count
/// of seconds since 1970.
/// </summary>
internal static class DateParsing
{
    private static readonly string[] DayMonthYear = ["d/M/yyyy", "d-M-yyyy", "d.M.yyyy", "d/M/yy"];

    /// <summary>RSS and e-mail dates (RFC 822 / 1123), with or without the weekday and the seconds.</summary>
    private static readonly string[] MailDates =
        [.. from day in new[] { "ddd, d MMM yyyy", "d MMM yyyy" }
            from clock in new[] { "HH:mm:ss", "HH:mm" }
            from zone in new[] { "zzz", "'GMT'", "'UTC'", "'UT'", "'Z'" }
            select $"{day} {clock} {zone}"];

    /// <summary>Vietnam's clock: a timestamp, which names no place, is read as the archive's readers saw it.</summary>
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>Timestamps of 2000 to 2100, in seconds (10 digits) or milliseconds (13).</summary>
    private static bool TryParseTimestamp(string text, out DateTimeOffset moment)
    {
        moment = default;
        if (text.Length is not (10 or 13) || !text.All(char.IsAsciiDigit))
        {
            return false;
        }
        var value = long.Parse(text, CultureInfo.InvariantCulture);
        var seconds = text.Length == 13 ? value / 1000 : value;
        if (seconds < 946_684_800 || seconds >= 4_102_444_800)
        {
            return false;
        }
        moment = DateTimeOffset.FromUnixTimeSeconds(seconds).ToOffset(VietnamOffset);
        return true;
    }

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
        if (TryParseTimestamp(text, out var stamp)
            || DateTimeOffset.TryParseExact(text, MailDates, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out stamp))
        {
            // As for ISO: the clock the source wrote (a timestamp: Vietnam's).
            date = DateOnly.FromDateTime(stamp.DateTime);
            time = TimeOnly.FromDateTime(stamp.DateTime);
            return true;
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
