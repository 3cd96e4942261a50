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
    /// A note of the query reader (written in English for the API and the CLI) in Vietnamese; one not known here is
    /// described in general words rather than shown in English.
    /// </summary>
    public static string Warning(string warning)
    {
        if (warning.StartsWith("read as plain words", StringComparison.Ordinal))
        {
            return "Truy vấn có cú pháp chưa trọn vẹn (ví dụ thiếu dấu ngoặc kép) nên được tìm như các từ thông thường.";
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
