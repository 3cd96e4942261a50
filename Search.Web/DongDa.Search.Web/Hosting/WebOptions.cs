namespace DongDa.Search.Web.Hosting;

/// <summary>Settings of the web service beyond the index (configuration section <see cref="SectionName"/>).</summary>
public sealed class WebOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Web";

    /// <summary>Origins (e.g. <c>https://dongda.hanoi.gov.vn</c>) whose pages may call <c>/api</c> from a browser.</summary>
    public string[] CorsOrigins { get; set; } = [];

    /// <summary>Origins whose pages may show <c>/embed</c> in an iframe (the CSP <c>frame-ancestors</c> of embed pages).</summary>
    public string[] EmbedAncestors { get; set; } = [];

    /// <summary>Searches run at once (0: two per processor); the others wait their turn, oldest first.</summary>
    public int SearchConcurrency { get; set; }

    /// <summary>Searches that may wait for a turn; beyond them a request is answered 503 with <c>Retry-After</c>.</summary>
    public int SearchQueue { get; set; } = 1000;
}
