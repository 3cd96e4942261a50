namespace DongDa.Search.Schema;

/// <summary>
/// A date as the number yyyyMMdd (<see cref="ArticleFields.DateNumber"/>): the one place that turns dates into the key
/// the index sorts and filters by, and back. Ordered like the dates, so ranges and sorting work on the numbers.
/// </summary>
public static class DateKey
{
    /// <summary>The key of <paramref name="date"/>: 13 Dec 2019 → 20191213.</summary>
    public static int Of(DateOnly date) => (date.Year * 10000) + (date.Month * 100) + date.Day;

    /// <summary>The date of a key made by <see cref="Of"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The number is no yyyyMMdd date.</exception>
    public static DateOnly ToDate(int key) => new(key / 10000, key / 100 % 100, key % 100);
}
