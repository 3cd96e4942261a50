using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace DongDa.Search.Web.Hosting;

/// <summary>
/// Console log lines: a request line exactly as <see cref="RequestLog"/> made it (so access-log tools read standard
/// output unchanged); anything else as one line <c>level: category: message</c>, an exception's message appended
/// (never its stack trace).
/// </summary>
internal sealed class LogLineFormatter() : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "dongda";

    public override void Write<TState>(in LogEntry<TState> logEntry, Microsoft.Extensions.Logging.IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (logEntry.Category == RequestLog.Category)
        {
            textWriter.WriteLine(message);
            return;
        }
        var level = logEntry.LogLevel switch
        {
            LogLevel.Trace => "trace",
            LogLevel.Debug => "debug",
            LogLevel.Information => "info",
            LogLevel.Warning => "warn",
            LogLevel.Error => "error",
            _ => "fail",
        };
        var line = $"{level}: {logEntry.Category}: {message}";
        if (logEntry.Exception is { } e)
        {
            line += $" ({e.GetType().Name}: {e.Message})";
        }
        textWriter.WriteLine(line.Replace('\n', ' ').Replace("\r", "", StringComparison.Ordinal));
    }
}
