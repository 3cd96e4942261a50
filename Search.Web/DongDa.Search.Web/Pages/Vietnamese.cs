using System.Globalization;

namespace DongDa.Search.Web.Pages;

/// <summary>Numbers, dates and the engine's notes as Vietnamese readers expect them.</summary>
internal static class Vietnamese
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>1.234.567</summary>
    public static string Number(long n) => n.ToString("N0", Culture);

    /// <summary>13/12/2019</summary>
    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>
    /// Why the query reader read a query as plain words (a fragment of its English note), said with what to write instead.
    /// </summary>
    private static readonly (string English, string Vietnamese)[] ParseProblems =
    [
        ("cannot only exclude", "Truy vấn chỉ có từ loại trừ (viết sau dấu trừ), chưa có từ cần tìm,"),
        ("quote is not closed", "Dấu ngoặc kép chưa được đóng"),
        ("empty quotes", "Cặp ngoặc kép không có từ nào"),
        ("quote inside a word", "Dấu ngoặc kép nằm giữa một từ"),
        ("parentheses", "Truy vấn không dùng dấu ngoặc đơn"),
        ("needs a word on each side", "OR và AND cần một từ ở mỗi bên"),
        ("OR cannot join an excluded word", "Từ loại trừ không nối được bằng OR"),
        ("date: cannot be excluded", "date: không loại trừ được và không nối bằng OR"),
        ("is not a date range", "Khoảng ngày viết chưa đúng (ví dụ date:2019-01-01..2019-12-31, date:2019 hoặc date:2019-05)"),
        ("has no value", "Tên trường (title:, category:, author:, date:) cần viết liền với giá trị"),
    ];

    /// <summary>
    /// A note of the query reader (written in English for the API and the CLI) in Vietnamese; one not known here is
    /// described in general words rather than shown in English.
    /// </summary>
    public static string Warning(string warning)
    {
        if (warning.StartsWith("read as plain words", StringComparison.Ordinal))
        {
            var problem = ParseProblems.FirstOrDefault(p => warning.Contains(p.English, StringComparison.Ordinal)).Vietnamese
                ?? "Truy vấn có cú pháp chưa trọn vẹn";
            return problem + " nên được tìm như các từ thông thường.";
        }
        if (warning.StartsWith("only the first ", StringComparison.Ordinal))
        {
            return "Truy vấn quá dài: chỉ những từ đầu tiên được dùng để tìm.";
        }
        if (warning.StartsWith("nothing to search for", StringComparison.Ordinal))
        {
            return "Truy vấn không có từ nào để tìm.";
        }
        if (warning.StartsWith("only the last date", StringComparison.Ordinal))
        {
            return "Truy vấn có nhiều khoảng ngày: chỉ khoảng ngày cuối cùng được dùng.";
        }
        return "Truy vấn đã được hiểu khác với cách viết một chút; kết quả có thể rộng hơn mong đợi.";
    }
}
