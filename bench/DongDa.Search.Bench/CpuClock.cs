using System.Runtime.InteropServices;

namespace DongDa.Search.Bench;

/// <summary>
/// CPU time beside wall time. The two cores of the shared build machine often run several jobs at once, and then wall
/// time mostly measures the neighbours; CPU time counts only what this process (or thread) actually ran.
/// </summary>
internal static partial class CpuClock
{
    private const int ThreadCpuTimeClock = 3; // CLOCK_THREAD_CPUTIME_ID on Linux

    /// <summary>CPU seconds used so far by every thread of this process (including GC and Lucene's merge threads).</summary>
    public static double ProcessSeconds() => System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    /// <summary>CPU seconds used so far by the calling thread, or null where the platform offers no such clock here (not Linux).</summary>
    public static double? ThreadSeconds() =>
        OperatingSystem.IsLinux() && ClockGetTime(ThreadCpuTimeClock, out var time) == 0 ? time.Seconds + (time.Nanoseconds / 1e9) : null;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
