using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace DongDa.Search.Web.Tests.Browser;

/// <summary>One server and, made when first needed, one browser with JavaScript and one without, for all browser tests.</summary>
public sealed class BrowserFixture : IDisposable
{
    private readonly Lazy<ChromeDriver> _withScript = new(() => Browser.Start(javascript: true));
    private readonly Lazy<ChromeDriver> _withoutScript = new(() => Browser.Start(javascript: false));

    public LiveServer Server { get; } = new();

    public ChromeDriver WithScript => _withScript.Value;

    public ChromeDriver WithoutScript => _withoutScript.Value;

    public void Dispose()
    {
        if (_withScript.IsValueCreated)
        {
            _withScript.Value.Quit();
        }
        if (_withoutScript.IsValueCreated)
        {
            _withoutScript.Value.Quit();
        }
        Server.Dispose();
    }
}

/// <summary>The search page in headless Chromium: what a reader types, clicks and sees.</summary>
public sealed class SearchPageBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private ChromeDriver Driver => fixture.WithScript;

    private string Url(string path) => fixture.Server.BaseUrl + path;

    [BrowserFact]
    public void TypeDanVan_AccentedArticleFirstWithWordsMarked()
    {
        Driver.Navigate().GoToUrl(Url("/"));
        Driver.FindElement(By.Id("q")).SendKeys("dan van" + Keys.Enter);
        NavigatedTo(Driver, "q=dan+van");
        var first = Driver.FindElements(By.CssSelector(".hit"))[0];
        Assert.Equal(TestIndex.DanVanTitle, first.FindElement(By.CssSelector("h2 a")).Text);
        var marked = first.FindElements(By.CssSelector(".snippet mark")).Select(m => m.Text.ToLowerInvariant()).ToList();
        // The words stand together in the article: one mark over both.
        Assert.Contains("dân vận", marked);
        Assert.Contains("q=dan+van", Driver.Url, StringComparison.Ordinal);
    }

    [BrowserFact]
    public void ClickYearFacet_OnlyThatYearListed()
    {
        Driver.Navigate().GoToUrl(Url("/?q=dan+van"));
        Driver.FindElement(By.CssSelector("#facet-nam")).FindElement(By.LinkText("2019")).Click();
        NavigatedTo(Driver, "from=2019-01-01");
        Assert.Contains("from=2019-01-01", Driver.Url, StringComparison.Ordinal);
        Assert.Contains("to=2019-12-31", Driver.Url, StringComparison.Ordinal);
        var dates = Driver.FindElements(By.CssSelector(".hit time")).Select(t => t.GetAttribute("datetime")).ToList();
        Assert.NotEmpty(dates);
        Assert.All(dates, d => Assert.StartsWith("2019-", d, StringComparison.Ordinal));
        Assert.Contains("Năm 2019", Driver.FindElement(By.CssSelector(".active-filters")).Text, StringComparison.Ordinal);
    }

    [BrowserFact]
    public void NextPage_ShowsHits11To20()
    {
        Driver.Navigate().GoToUrl(Url("/?q=dan+van"));
        var firstPage = Titles();
        Driver.FindElement(By.CssSelector("a[rel=next]")).Click();
        NavigatedTo(Driver, "page=2");
        Assert.Contains("page=2", Driver.Url, StringComparison.Ordinal);
        Assert.Equal("11", Driver.FindElement(By.CssSelector("ol.hits")).GetAttribute("start"));
        Assert.Equal("2", Driver.FindElement(By.CssSelector(".pages a[aria-current=page]")).Text);
        var secondPage = Titles();
        Assert.Equal(10, secondPage.Count);
        Assert.Empty(firstPage.Intersect(secondPage));
    }

    [BrowserFact]
    public void OpenArticle_FullTextMetadataAndOriginalLink()
    {
        Driver.Navigate().GoToUrl(Url("/?q=dan+van"));
        Driver.FindElement(By.CssSelector(".hit h2 a")).Click();
        NavigatedTo(Driver, "/articles/");
        Assert.Equal(TestIndex.DanVanTitle, Driver.FindElement(By.TagName("h1")).Text);
        Assert.Equal(2, Driver.FindElements(By.CssSelector(".body p")).Count);
        Assert.Contains("Nguyên Bảo", Driver.FindElement(By.CssSelector(".details")).Text, StringComparison.Ordinal);
        Assert.Equal("https://dongda.example/tin/dan-van", Driver.FindElement(By.CssSelector("a.original")).GetAttribute("href"));
        Driver.FindElement(By.CssSelector(".back a")).Click();
        NavigatedTo(Driver, "q=dan");
        Assert.Equal("dan van", Driver.FindElement(By.Id("q")).GetAttribute("value"));
    }

    [BrowserFact]
    public void XssArticle_ShownAsTextInEveryView_NoScriptRuns()
    {
        string[] views =
        [
            "/?q=" + Uri.EscapeDataString(TestIndex.XssQuery),
            "/embed?q=" + Uri.EscapeDataString(TestIndex.XssQuery),
            "/articles/" + TestIndex.XssId,
            "/embed/articles/" + TestIndex.XssId,
            "/?q=" + Uri.EscapeDataString(TestIndex.Script + " " + TestIndex.Img),
        ];
        foreach (var view in views)
        {
            Driver.Navigate().GoToUrl(Url(view));
            Assert.Throws<NoAlertPresentException>(() => Driver.SwitchTo().Alert());
            // Only the page's own script, no image, no javascript: link anywhere in the document.
            Assert.Equal(1L, Driver.ExecuteScript("return document.scripts.length;"));
            Assert.Equal(0L, Driver.ExecuteScript("return document.images.length;"));
            Assert.Equal(0L, Driver.ExecuteScript("return document.querySelectorAll('a[href^=\"javascript\" i], [onerror]').length;"));
            var text = Driver.FindElement(By.TagName("main")).Text;
            Assert.Contains(TestIndex.Script, text, StringComparison.Ordinal);
            Assert.Contains(TestIndex.Img, text, StringComparison.Ordinal);
        }
        Driver.Navigate().GoToUrl(Url("/articles/" + TestIndex.XssId));
        Assert.Contains("javascript:alert(1)", Driver.FindElement(By.CssSelector(".details .url-text")).Text, StringComparison.Ordinal);
    }

    [BrowserFact]
    public void TypeWithoutAccents_CompletionsListedAndChosenByKeyboard()
    {
        Driver.Navigate().GoToUrl(Url("/"));
        var box = Driver.FindElement(By.Id("q"));
        box.SendKeys("cong tac d");
        var wait = new OpenQA.Selenium.Support.UI.WebDriverWait(Driver, TimeSpan.FromSeconds(10));
        wait.Until(d => d.FindElements(By.CssSelector("#q-suggestions [role=option]")).Count > 0);
        var options = Driver.FindElements(By.CssSelector("#q-suggestions [role=option]")).Select(o => o.Text).ToList();
        Assert.StartsWith("công tác dân vận", options[0], StringComparison.Ordinal);
        Assert.Equal("true", box.GetAttribute("aria-expanded"));

        box.SendKeys(Keys.ArrowDown);
        Assert.Equal("q-suggestion-0", box.GetAttribute("aria-activedescendant"));
        box.SendKeys(Keys.Enter);
        NavigatedTo(Driver, "q=");
        Assert.Equal(options[0], Driver.FindElement(By.Id("q")).GetAttribute("value"));
        Assert.Equal(TestIndex.DanVanTitle, Titles()[0]);
    }

    [BrowserFact]
    public void WithoutJavaScript_FormSearchesAndSortApplies()
    {
        var driver = fixture.WithoutScript;
        driver.Navigate().GoToUrl(Url("/"));
        driver.FindElement(By.Id("q")).SendKeys("dan van" + Keys.Enter);
        NavigatedTo(driver, "q=dan+van");
        Assert.Equal(TestIndex.DanVanTitle, driver.FindElements(By.CssSelector(".hit h2 a"))[0].Text);
        driver.FindElement(By.CssSelector("#sort option[value=date]")).Click();
        driver.FindElement(By.CssSelector("button.secondary")).Click();
        NavigatedTo(driver, "sort=date");
        var dates = driver.FindElements(By.CssSelector(".hit time")).Select(t => t.GetAttribute("datetime")).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    /// <summary>
    /// Waits until the browser is at a URL holding <paramref name="fragment"/>: a click or Enter can return before the
    /// navigation it starts has begun, and reading the old page then is a race, not a finding. Fails after 10 s.
    /// </summary>
    private static void NavigatedTo(IWebDriver driver, string fragment)
        => new OpenQA.Selenium.Support.UI.WebDriverWait(driver, TimeSpan.FromSeconds(10)).Until(d => d.Url.Contains(fragment, StringComparison.Ordinal));

    private List<string> Titles() => [.. Driver.FindElements(By.CssSelector(".hit h2 a")).Select(a => a.Text)];
}
