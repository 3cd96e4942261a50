using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace DongDa.Search.Web.Tests.Browser;

/// <summary>
/// Headless Chromium through chromedriver, as Debian packages them (<c>chromium</c>, <c>chromium-driver</c>; .ci/run
/// installs them). Both are found on PATH; nothing is downloaded.
/// </summary>
internal static class Browser
{
    public static string? ChromiumPath { get; } = FindOnPath("chromium", "chromium-browser", "google-chrome");

    public static string? DriverPath { get; } = FindOnPath("chromedriver");

    /// <summary>Why browser tests cannot run here, or null when they can.</summary>
    public static string? Missing => ChromiumPath is null
        ? "no Chromium on PATH (install Debian's chromium and chromium-driver)"
        : DriverPath is null ? "no chromedriver on PATH (install Debian's chromium-driver)" : null;

    /// <summary>A new headless browser; <paramref name="javascript"/> false turns scripts off, as some readers do.</summary>
    public static ChromeDriver Start(bool javascript, int width = 1280, int height = 900)
    {
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(DriverPath)!, Path.GetFileName(DriverPath)!);
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--disable-extensions", $"--window-size={width},{height}", "--lang=vi");
        if (!javascript)
        {
            options.AddUserProfilePreference("profile.managed_default_content_settings.javascript", 2);
        }
        var driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
        return driver;
    }

    private static string? FindOnPath(params string[] names)
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return names.SelectMany(n => folders.Select(f => Path.Combine(f, n))).FirstOrDefault(File.Exists);
    }
}

/// <summary>A fact that needs a browser: reported as skipped, with the reason, when Chromium or chromedriver is missing.</summary>
internal sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Browser.Missing is { } reason)
        {
            Skip = reason;
        }
    }
}
