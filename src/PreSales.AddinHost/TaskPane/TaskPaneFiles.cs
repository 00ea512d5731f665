using Microsoft.Extensions.FileProviders;

namespace PreSales.AddinHost.TaskPane;

/// <summary>
/// The task pane's files, bundled by the build into the host's <c>wwwroot</c> (Pane/ → wwwroot/taskpane.html,
/// /pane/, /assets/, /help.html). Served as plain static files: the pane calls nothing but the API beside them.
/// </summary>
public static class TaskPaneFiles
{
    /// <summary>Serves wwwroot and answers <c>/help</c> with the help page; the bundle is never cached past a reload.</summary>
    public static WebApplication MapTaskPane(this WebApplication app)
    {
        var root = app.Environment.WebRootFileProvider;
        if (root is NullFileProvider || !root.GetFileInfo("taskpane.html").Exists)
            app.Logger.LogWarning("The task pane is not built (no taskpane.html under {WebRoot}); build the host with Node.js installed.", app.Environment.WebRootPath);
        app.UseStaticFiles(new StaticFileOptions
        {
            // Office's webviews cache hard; a revalidation per load keeps an updated pane from looking stale.
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });
        app.MapGet("/help", () => Results.Redirect("/help.html")).ExcludeFromDescription();
        return app;
    }
}
