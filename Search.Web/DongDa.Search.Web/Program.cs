namespace DongDa.Search.Web;

/// <summary><c>dotnet run --project Search.Web/DongDa.Search.Web -- --index DIR [--urls URL]</c>.</summary>
internal static class Program
{
    public static int Main(string[] args) => SearchWebApp.Run(args);
}
