using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using PreSales.DocGen.Packaging;

namespace PreSales.AddinHost.Http;

/// <summary>One bad value of the input: its JSON path and what is wrong, as the CLI prints it.</summary>
public sealed record FieldError(string Path, string Message);

/// <summary>
/// An answer that is an error: the status and the detail in both languages (the caller's is picked when it is written),
/// with the bad values for input errors. Endpoints throw it from wherever they find the problem; <see cref="ProblemWriter"/>
/// writes it as RFC 7807 problem details.
/// </summary>
public sealed class ApiProblem : Exception
{
    public ApiProblem(int status, string chinese, string english, IReadOnlyList<FieldError>? errors = null) : base(english)
    {
        Status = status;
        Chinese = chinese;
        English = english;
        Errors = errors ?? [];
    }

    public ApiProblem() : this(StatusCodes.Status500InternalServerError, "", "")
    {
    }

    public ApiProblem(string message) : this(StatusCodes.Status500InternalServerError, message, message)
    {
    }

    public ApiProblem(string message, Exception inner) : base(message, inner)
    {
        Status = StatusCodes.Status500InternalServerError;
        Chinese = English = message;
        Errors = [];
    }

    public int Status { get; }

    public string Chinese { get; }

    public string English { get; }

    public IReadOnlyList<FieldError> Errors { get; }

    public static ApiProblem NotFound(string what, string id) => new(StatusCodes.Status404NotFound, $"找不到{What(what, true)} {id}", $"no {What(what, false)} {id}");

    public static ApiProblem Rejected(PackageProblem problem, int status = StatusCodes.Status422UnprocessableEntity) =>
        new(status, problem.Chinese, problem.English, [new FieldError("$", problem.English)]);

    private static string What(string what, bool zh) => (what, zh) switch
    {
        ("deal", true) => "交易",
        ("exchange", true) => "交流",
        ("review", true) => "评审",
        ("template", true) => "模板",
        (_, true) => what,
        _ => what,
    };
}

/// <summary>Writes every error as problem details in the caller's language: <see cref="ApiProblem"/>, request-size limits, anything unforeseen.</summary>
internal sealed class ProblemWriter(IProblemDetailsService problems, ILogger<ProblemWriter> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var zh = Caller.IsChinese(httpContext);
        var (status, detail, errors) = exception switch
        {
            ApiProblem p => (p.Status, zh ? p.Chinese : p.English, p.Errors),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (413, Titles.TooLarge(zh), (IReadOnlyList<FieldError>)[]),
            BadHttpRequestException b => (b.StatusCode, zh ? "请求无法读取。" : "the request could not be read.", []),
            InvalidDataException => (400, zh ? "请求正文无法读取（multipart 格式错误或超过限制）。" : "the request body could not be read (malformed multipart or over a limit).", []),
            OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested => (499, "", []),
            _ => (500, zh ? "服务器内部错误；已记录，请求编号见 traceId。" : "internal error; it was logged, see traceId.", []),
        };
        if (status == 500)
            log.LogError(exception, "Unhandled error on {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        if (status == 499)
            return true;
        httpContext.Response.StatusCode = status;
        var details = new ProblemDetails { Status = status, Detail = detail };
        if (errors.Count > 0)
            details.Extensions["errors"] = errors;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception });
    }
}

/// <summary>The titles of problem details, by status, in both languages.</summary>
internal static class Titles
{
    public static string For(int status, bool zh) => status switch
    {
        400 => zh ? "请求有误" : "Bad request",
        401 => zh ? "未认证" : "Unauthorized",
        403 => zh ? "无权访问" : "Forbidden",
        404 => zh ? "未找到" : "Not found",
        405 => zh ? "不支持该方法" : "Method not allowed",
        409 => zh ? "冲突" : "Conflict",
        412 => zh ? "版本已过期" : "Precondition failed",
        413 => zh ? "内容过大" : "Content too large",
        415 => zh ? "不支持的内容类型" : "Unsupported media type",
        422 => zh ? "内容无法使用" : "Unprocessable content",
        428 => zh ? "缺少 If-Match" : "Precondition required",
        429 => zh ? "请求过多" : "Too many requests",
        503 => zh ? "服务不可用" : "Service unavailable",
        _ when status >= 500 => zh ? "服务器错误" : "Server error",
        _ => zh ? "错误" : "Error",
    };

    public static string TooLarge(bool zh) => zh ? "请求正文超过大小上限。" : "the request body is over the size limit.";

    /// <summary>Localises whatever problem details the framework or an endpoint writes: title by status, a request id.</summary>
    public static void Localise(ProblemDetailsContext context)
    {
        var zh = Caller.IsChinese(context.HttpContext);
        var status = context.ProblemDetails.Status ?? context.HttpContext.Response.StatusCode;
        context.ProblemDetails.Title = For(status, zh);
        context.ProblemDetails.Type = null;
        context.ProblemDetails.Detail ??= status switch
        {
            404 => zh ? "没有这个地址。" : "nothing is at this address.",
            405 => zh ? "该地址不支持这个方法。" : "this address does not accept this method.",
            _ => null,
        };
        context.ProblemDetails.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
    }
}
