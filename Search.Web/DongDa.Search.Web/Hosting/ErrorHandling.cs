using DongDa.Search.Schema;
using DongDa.Search.Web.Api;
using Lucene.Net.Index;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DongDa.Search.Web.Hosting;

/// <summary>
/// Turns failures into answers a user can read: problem+json under <c>/api</c>, a Vietnamese page elsewhere. A query
/// out of time or an index that cannot be opened is 503; anything else 500 and logged. Never a stack trace.
/// </summary>
internal sealed class ErrorHandling(RequestDelegate next, ILogger<ErrorHandling> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away: nobody to answer.
        }
        catch (Exception e) when (!context.Response.HasStarted)
        {
            var (status, detail, detailVi) = e switch
            {
                SearchTimeoutException t => (StatusCodes.Status503ServiceUnavailable, t.Message,
                    "Tìm kiếm mất quá nhiều thời gian và đã dừng. Hãy thử lại với từ khóa cụ thể hơn."),
                IndexNotFoundException or IncompatibleIndexException => (StatusCodes.Status503ServiceUnavailable,
                    "the index cannot be opened: " + e.Message, "Kho dữ liệu tìm kiếm chưa sẵn sàng. Xin thử lại sau."),
                _ => (StatusCodes.Status500InternalServerError, "", "Máy chủ gặp lỗi khi trả lời. Lỗi đã được ghi lại."),
            };
            if (status == StatusCodes.Status500InternalServerError)
            {
                logger.LogError(e, "{Method} {Path} failed", context.Request.Method, context.Request.Path.Value);
            }
            else
            {
                logger.LogWarning("{Method} {Path}: {Detail}", context.Request.Method, context.Request.Path.Value, detail);
            }
            context.Response.Clear();
            var result = ErrorAnswers.For(context, status,
                () => status == StatusCodes.Status500InternalServerError ? Problems.Failure() : Problems.Unavailable(detail), detailVi);
            await result.ExecuteAsync(context);
        }
    }
}
