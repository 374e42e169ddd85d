using System.Net;
using System.Net.Sockets;

namespace AiGov.Catalog.Site.Tests.Infrastructure;

/// <summary>A static file server on 127.0.0.1 (a free port) over a folder, serving the site under a sub-path, as a Pages host would.</summary>
internal sealed class SiteServer : IDisposable
{
    public const string SubPath = "/aigov/";
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly Task _loop;

    public SiteServer(string root)
    {
        _root = Path.GetFullPath(root);
        var port = FreePort();
        BaseUrl = "http://127.0.0.1:" + port + SubPath;
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>Gets the URL of the site's root folder (ends with a slash).</summary>
    public string BaseUrl { get; }

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // the loop ends with the listener
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Serve(context));
        }
    }

    private void Serve(HttpListenerContext context)
    {
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
            var relative = path.StartsWith(SubPath, StringComparison.Ordinal) ? path.Substring(SubPath.Length) : null;
            if (relative is not null && (relative.Length == 0 || relative.EndsWith('/')))
            {
                relative += "index.html";
            }

            var file = relative is null ? null : Path.GetFullPath(Path.Combine(_root, relative));
            if (file is null || !file.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(file))
            {
                context.Response.StatusCode = 404;
                context.Response.Close();
                return;
            }

            var bytes = File.ReadAllBytes(file);
            context.Response.ContentType = Path.GetExtension(file) switch
            {
                ".html" => "text/html; charset=utf-8",
                ".css" => "text/css; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".xml" => "application/xml",
                _ => "application/octet-stream",
            };
            context.Response.ContentLength64 = bytes.Length;
            context.Response.OutputStream.Write(bytes);
            context.Response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
        {
            // the browser went away mid-response
        }
    }
}
