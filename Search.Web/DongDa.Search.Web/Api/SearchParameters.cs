using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.OpenApi;

namespace DongDa.Search.Web.Api;

/// <summary>A parameter the caller got wrong: its name and what is wrong, in English (API) and Vietnamese (page).</summary>
/// <param name="Name">The query-string parameter.</param>
/// <param name="Message">For the API's problem+json.</param>
/// <param name="MessageVi">For the search page.</param>
internal sealed record ParameterError(string Name, string Message, string MessageVi);

/// <summary>
/// The search parameters of <c>/api/search</c> and of the page (<c>q</c>, <c>page</c>, <c>size</c>, <c>from</c>,
/// <c>to</c>, <c>category</c>, <c>author</c>, <c>sort</c>), read and checked in one place so the two agree on every limit.
/// </summary>
internal sealed record SearchParameters
{
    /// <summary>The longest query accepted.</summary>
    public const int MaxQueryLength = 1000;

    /// <summary>The largest page size accepted.</summary>
    public const int MaxPageSize = 100;

    /// <summary>The deepest hit reachable by paging (page × size).</summary>
    public const int MaxDepth = 10_000;

    /// <summary>The longest category or author filter accepted.</summary>
    public const int MaxFilterLength = 200;

    /// <summary>Hits per page when <c>size</c> is not given.</summary>
    public const int DefaultPageSize = 10;

    public string Query { get; init; } = "";

    public int Page { get; init; } = 1;

    public int Size { get; init; } = DefaultPageSize;

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public string? Category { get; init; }

    public string? Author { get; init; }

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>Every parameter with its JSON schema type and description, for the OpenAPI document.</summary>
    public static IReadOnlyList<(string Name, JsonSchemaType Type, string Description)> Described { get; } =
    [
        ("q", JsonSchemaType.String, "The query: words with or without accents, \"exact phrases\", -excluded, a OR b, title:/category:/author: values, date:2019. At most 1,000 characters."),
        ("page", JsonSchemaType.Integer, "Page number, from 1."),
        ("size", JsonSchemaType.Integer, "Hits per page, 1 to 100 (10 by default); page × size at most 10,000."),
        ("from", JsonSchemaType.String, "Only articles published on or after this date (YYYY-MM-DD)."),
        ("to", JsonSchemaType.String, "Only articles published on or before this date (YYYY-MM-DD)."),
        ("category", JsonSchemaType.String, "Only this category (case and accents ignored)."),
        ("author", JsonSchemaType.String, "Only this author (case and accents ignored)."),
        ("sort", JsonSchemaType.String, "relevance (default) or date (newest first)."),
    ];

    /// <summary>Whether the caller gave a query (the page shows its start state without one).</summary>
    public bool HasQuery => Query.Length > 0;

    /// <summary>Reads the parameters from <paramref name="query"/>; the first mistake found, or null.</summary>
    public static (SearchParameters Parameters, ParameterError? Error) Read(IQueryCollection query)
    {
        var errors = new List<ParameterError>();
        var q = Single(query, "q")?.Trim() ?? "";
        if (q.Length > MaxQueryLength)
        {
            errors.Add(new("q", $"the query is {q.Length} characters long; at most {MaxQueryLength} are accepted",
                $"Từ khóa dài {q.Length} ký tự; tối đa {MaxQueryLength} ký tự."));
        }
        var page = Integer(query, "page", 1, "the page number", "Số trang", errors);
        var size = Integer(query, "size", DefaultPageSize, "the page size", "Số kết quả mỗi trang", errors);
        if (size > MaxPageSize)
        {
            errors.Add(new("size", $"size must be {MaxPageSize} or less", $"Mỗi trang hiển thị tối đa {MaxPageSize} kết quả."));
        }
        else if ((long)page * size > MaxDepth)
        {
            errors.Add(new("page", $"page × size must be {MaxDepth.ToString("N0", CultureInfo.InvariantCulture)} or less (only the first {MaxDepth.ToString("N0", CultureInfo.InvariantCulture)} hits can be paged through); narrow the search instead",
                $"Chỉ xem được {MaxDepth.ToString("N0", Vietnamese)} kết quả đầu tiên; hãy thu hẹp tìm kiếm bằng bộ lọc."));
        }
        var from = Date(query, "from", "Từ ngày", errors);
        var to = Date(query, "to", "Đến ngày", errors);
        if (from is { } f && to is { } t && f > t)
        {
            errors.Add(new("from", "from is after to", "Ngày bắt đầu ở sau ngày kết thúc."));
        }
        var category = Filter(query, "category", "Chuyên mục", errors);
        var author = Filter(query, "author", "Tác giả", errors);
        var sort = SearchSort.Relevance;
        switch (Single(query, "sort"))
        {
            case null or "" or "relevance":
                break;
            case "date":
                sort = SearchSort.Date;
                break;
            default:
                errors.Add(new("sort", "sort must be relevance or date", "Cách sắp xếp phải là theo mức phù hợp hoặc theo ngày."));
                break;
        }
        foreach (var name in Described.Select(d => d.Name).Where(n => query.TryGetValue(n, out var v) && v.Count > 1))
        {
            errors.Insert(0, new(name, $"{name} is given more than once", $"Tham số {name} xuất hiện nhiều lần."));
        }
        var parameters = new SearchParameters
        {
            Query = q,
            Page = page,
            Size = size,
            From = from,
            To = to,
            Category = category,
            Author = author,
            Sort = sort,
        };
        return (parameters, errors.Count > 0 ? errors[0] : null);
    }

    /// <summary>The library request for these parameters.</summary>
    public SearchRequest ToRequest() => new()
    {
        Query = Query,
        Page = Page,
        PageSize = Size,
        From = From,
        To = To,
        Category = Category,
        Author = Author,
        Sort = Sort,
    };

    /// <summary>Number formatting of the page (1.234).</summary>
    public static CultureInfo Vietnamese { get; } = CultureInfo.GetCultureInfo("vi-VN");

    private static string? Single(IQueryCollection query, string name)
        => query.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    private static int Integer(IQueryCollection query, string name, int fallback, string what, string whatVi, List<ParameterError> errors)
    {
        var text = Single(query, name);
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1)
        {
            return value;
        }
        errors.Add(new(name, $"{name} must be a whole number from 1 ({what}); got '{Shorten(text)}'", $"{whatVi} phải là số nguyên từ 1 trở lên."));
        return fallback;
    }

    private static DateOnly? Date(IQueryCollection query, string name, string whatVi, List<ParameterError> errors)
    {
        var text = Single(query, name);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        errors.Add(new(name, $"{name} must be a date written YYYY-MM-DD; got '{Shorten(text)}'", $"{whatVi} phải là một ngày hợp lệ (năm-tháng-ngày)."));
        return null;
    }

    private static string? Filter(IQueryCollection query, string name, string whatVi, List<ParameterError> errors)
    {
        var text = Single(query, name)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (text.Length > MaxFilterLength)
        {
            errors.Add(new(name, $"{name} is longer than {MaxFilterLength} characters", $"{whatVi} dài quá {MaxFilterLength} ký tự."));
            return null;
        }
        return text;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
