namespace DongDa.Search.Bench;

internal static class Program
{
    public static int Main()
    {
        Console.Error.WriteLine("benchmarks are being written; see issue 2");
        return 1;
    }
}
