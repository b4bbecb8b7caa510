using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using PyBind.Testing;
using Xunit;

namespace PyBind.Gen.EndToEndTests.Editor;

/// <summary>
/// A language server driven as an editor drives it: JSON-RPC over the server's stdin and stdout (LSP base protocol,
/// <c>Content-Length</c> framed). Requests wait for their response, and a test waits for the notifications it expects
/// (published diagnostics, progress) with the hang guard: never for a time.
/// </summary>
internal sealed class LanguageServer : IDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly ConcurrentDictionary<long, TaskCompletionSource<JsonNode?>> _pending = new();
    private readonly List<JsonObject> _notifications = [];
    private readonly StringBuilder _log = new();
    private readonly SemaphoreSlim _notified = new(0);
    private readonly Func<JsonObject, JsonNode?> _answerServerRequest;
    private long _nextId;

    private LanguageServer(Process process, Func<JsonObject, JsonNode?> answerServerRequest)
    {
        _process = process;
        _input = process.StandardInput.BaseStream;
        _answerServerRequest = answerServerRequest;
        new Thread(ReadMessages) { IsBackground = true, Name = "LSP reader" }.Start();
        new Thread(() =>
        {
            for (string? line; (line = process.StandardError.ReadLine()) is not null;)
                lock (_log) _log.AppendLine(line);
        }) { IsBackground = true, Name = "LSP stderr" }.Start();
    }

    /// <summary>Starts <paramref name="start"/> (its streams are redirected here); server requests are answered by <paramref name="answerServerRequest"/>.</summary>
    public static LanguageServer Start(ProcessStartInfo start, Func<JsonObject, JsonNode?> answerServerRequest)
    {
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        return new LanguageServer(Process.Start(start)!, answerServerRequest);
    }

    /// <summary>What the server logged on stderr so far, for failure messages.</summary>
    public string Log
    {
        get { lock (_log) return _log.ToString(); }
    }

    /// <summary>Sends a request and waits for its result; an error response fails the test.</summary>
    public JsonNode? Request(string method, JsonNode? parameters)
    {
        long id = Interlocked.Increment(ref _nextId);
        var response = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = response;
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        HangGuard.Wait(response.Task, $"the response to {method}");
        return response.Task.Result;
    }

    public void Notify(string method, JsonNode? parameters) =>
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    /// <summary>
    /// Waits for a notification of <paramref name="method"/> whose parameters satisfy <paramref name="match"/>, counting
    /// those received after the <paramref name="after"/>th; returns it and its index.
    /// </summary>
    public (JsonObject Parameters, int Index) WaitFor(string method, Func<JsonObject, bool> match, string what, int after = 0)
    {
        int seen = after;
        (JsonObject, int)? found = null;
        HangGuard.Until(
            () =>
            {
                lock (_notifications)
                {
                    for (; seen < _notifications.Count && found is null; seen++)
                    {
                        if (_notifications[seen]["method"]?.GetValue<string>() == method && _notifications[seen]["params"] is JsonObject parameters && match(parameters))
                            found = (parameters, seen + 1);
                    }
                }
                Assert.False(_process.HasExited, $"the language server exited (code {(_process.HasExited ? _process.ExitCode : 0)}) while waiting for {what}. Its log:\n{Log}");
                return found is not null;
            },
            () => _notified.Wait(TimeSpan.FromSeconds(1)),
            what + "\nThe server's log:\n" + Log);
        return found!.Value;
    }

    /// <summary>How many notifications have arrived: a starting point for <see cref="WaitFor"/>.</summary>
    public int NotificationCount
    {
        get { lock (_notifications) return _notifications.Count; }
    }

    private void Send(JsonObject message)
    {
        byte[] body = Encoding.UTF8.GetBytes(message.ToJsonString());
        byte[] header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n\r\n"));
        lock (_input)
        {
            _input.Write(header);
            _input.Write(body);
            _input.Flush();
        }
    }

    private void ReadMessages()
    {
        Stream output = _process.StandardOutput.BaseStream;
        while (ReadMessage(output) is JsonObject message)
        {
            bool hasId = message.TryGetPropertyValue("id", out JsonNode? id) && id is not null;
            if (message["method"] is not null && hasId)
            {
                Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id!.DeepClone(), ["result"] = _answerServerRequest(message) });
            }
            else if (hasId)
            {
                if (_pending.TryRemove(id!.GetValue<long>(), out TaskCompletionSource<JsonNode?>? response))
                {
                    if (message["error"] is JsonNode error)
                        response.SetException(new InvalidOperationException($"The server answered with an error: {error.ToJsonString()}"));
                    else
                        response.SetResult(message["result"]);
                }
            }
            else
            {
                lock (_notifications) _notifications.Add(message);
                _notified.Release();
            }
        }

        foreach (TaskCompletionSource<JsonNode?> response in _pending.Values)
            response.TrySetException(new InvalidOperationException($"The language server closed its output. Its log:\n{Log}"));
    }

    private static JsonObject? ReadMessage(Stream stream)
    {
        int length = -1;
        for (string? line; (line = ReadHeaderLine(stream)) is not null;)
        {
            if (line.Length == 0)
            {
                byte[] body = new byte[length];
                stream.ReadExactly(body);
                return JsonNode.Parse(body)!.AsObject();
            }
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                length = int.Parse(line["Content-Length:".Length..].Trim(), CultureInfo.InvariantCulture);
        }
        return null;
    }

    private static string? ReadHeaderLine(Stream stream)
    {
        var line = new StringBuilder();
        for (int b; (b = stream.ReadByte()) >= 0;)
        {
            if (b == '\n')
                return line.ToString().TrimEnd('\r');
            line.Append((char)b);
        }
        return null;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
        _notified.Dispose();
    }
}
