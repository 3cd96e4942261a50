using Microsoft.AspNetCore.Builder;

namespace DongDa.Search.Web.Tests.Browser;

/// <summary>The web app on Kestrel on a free local port over <see cref="TestIndex"/>, for a real browser.</summary>
public sealed class LiveServer : IDisposable
{
    private readonly WebApplication _app;

    public LiveServer()
    {
        _app = SearchWebApp.Build(["--index", Index.IndexPath, "--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]);
        _app.StartAsync().GetAwaiter().GetResult();
        BaseUrl = _app.Urls.First();
    }

    public TestIndex Index { get; } = new();

    public string BaseUrl { get; }

    public void Dispose()
    {
        _app.StopAsync().GetAwaiter().GetResult();
        ((IDisposable)_app).Dispose();
        Index.Dispose();
    }
}
