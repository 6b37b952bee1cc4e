using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using GovernanceBot.TestSupport.Processes;

namespace GovernanceBot.TestSupport.Playground;

/// <summary>
/// Drives the Playground's web UI in headless Chromium as a user would, through
/// tests/tools/playground-driver.js (one browser for the driver's lifetime, one JSON command per
/// line). Each method is one user gesture; new gestures go into the script and <see cref="SendCommandAsync"/>.
/// </summary>
public sealed class PlaygroundDriver : IAsyncDisposable
{
    private static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(15);

    private readonly Process _process;
    private readonly ProcessLog _log;
    private readonly SemaphoreSlim _oneCommandAtATime = new(1, 1);
    private int _nextId;

    private PlaygroundDriver(Process process, ProcessLog log)
    {
        _process = process;
        _log = log;
    }

    /// <summary>Browser launch plus the Playground page's first load.</summary>
    public TimeSpan Startup { get; private set; }

    public static async Task<PlaygroundDriver> StartAsync(Uri playgroundUrl)
    {
        ToolPrerequisites.RequireChromium();
        var startInfo = NodeScript.StartInfo("playground-driver.js", ["--url", playgroundUrl.ToString(), "--artifacts", RepositoryPaths.Artifacts]);
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start node.");
        var log = new ProcessLog("playground-driver");
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) log.Write(e.Data); };
        process.BeginErrorReadLine();

        var driver = new PlaygroundDriver(process, log);
        try
        {
            var ready = await driver.ReadAnswerAsync(TimeSpan.FromSeconds(90));
            if (ready["ready"]?.GetValue<bool>() != true)
            {
                throw new InvalidOperationException($"The Playground driver did not start: {ready["error"]}\n{log.Tail()}");
            }
            driver.Startup = TimeSpan.FromMilliseconds(ready["startupMs"]!.GetValue<double>());
            return driver;
        }
        catch
        {
            await driver.DisposeAsync();
            throw;
        }
    }

    /// <summary>Opens a chat or channel from the left tree ("Personal Chat", the group chat's name, a channel's name).</summary>
    public Task OpenChatAsync(string chat) => SendCommandAsync("openChat", new JsonObject { ["chat"] = chat });

    /// <summary>Types a message and sends it; <paramref name="mention"/> (the bot's name) is @mentioned first, as group chats and channels need.</summary>
    public Task SendAsync(string text, string? mention = null) =>
        SendCommandAsync("send", new JsonObject { ["text"] = text, ["mention"] = mention });

    /// <summary>Waits for a card containing the text; with <paramref name="newerThan"/>, only cards after the first that many count.</summary>
    public async Task<PlaygroundCard> WaitForCardAsync(string contains, int newerThan = 0, TimeSpan? timeout = null)
    {
        var wait = timeout ?? DefaultWait;
        var result = await SendCommandAsync(
            "waitForCard",
            new JsonObject { ["contains"] = contains, ["after"] = newerThan, ["timeoutMs"] = wait.TotalMilliseconds },
            wait);
        return new PlaygroundCard(
            result!["text"]!.GetValue<string>(), result["index"]!.GetValue<int>(), result["count"]!.GetValue<int>());
    }

    /// <summary>Sends a message and waits for a new card (not one already in the chat) containing the text.</summary>
    public async Task<PlaygroundCard> SendAndWaitForCardAsync(string text, string contains, string? mention = null, TimeSpan? timeout = null)
    {
        var cardsBefore = (await CardTextsAsync()).Count;
        await SendAsync(text, mention);
        return await WaitForCardAsync(contains, cardsBefore, timeout);
    }

    /// <summary>Waits for any message (text or card) containing the text.</summary>
    public Task WaitForTextAsync(string contains, TimeSpan? timeout = null)
    {
        var wait = timeout ?? DefaultWait;
        return SendCommandAsync("waitForText", new JsonObject { ["contains"] = contains, ["timeoutMs"] = wait.TotalMilliseconds }, wait);
    }

    /// <summary>Waits for a message containing the text and returns that message's whole text (e.g. to read an id the bot gave).</summary>
    public async Task<string> TextOfAsync(string contains, TimeSpan? timeout = null)
    {
        var wait = timeout ?? DefaultWait;
        var result = await SendCommandAsync("textOf", new JsonObject { ["contains"] = contains, ["timeoutMs"] = wait.TotalMilliseconds }, wait);
        return result!.GetValue<string>();
    }

    /// <summary>The visible text of every card in the open chat, oldest first.</summary>
    public async Task<IReadOnlyList<string>> CardTextsAsync()
    {
        var result = await SendCommandAsync("cardTexts", new JsonObject());
        return result!.AsArray().Select(text => text!.GetValue<string>()).ToList();
    }

    /// <summary>Clicks a card button by its exact title, in the last card containing <paramref name="card"/> (default: the last card).</summary>
    public Task ClickActionAsync(string title, string? card = null) =>
        SendCommandAsync("clickAction", new JsonObject { ["title"] = title, ["card"] = card });

    /// <summary>
    /// Types into a card's text, number or date input, found by the start of its label (else any part of it, or its
    /// placeholder). A "\n" in <paramref name="text"/> starts a new line of a multi-line input.
    /// </summary>
    public Task TypeIntoInputAsync(string input, string text, string? card = null) =>
        SendCommandAsync("typeInput", new JsonObject { ["input"] = input, ["text"] = text, ["card"] = card });

    /// <summary>What a card's text input or drop-down shows now, found by its label as <see cref="TypeIntoInputAsync"/> does.</summary>
    public async Task<string> InputValueAsync(string input, string? card = null) =>
        (await SendCommandAsync("inputValue", new JsonObject { ["input"] = input, ["card"] = card }))!.GetValue<string>();

    /// <summary>
    /// Picks a choice by its title (else the one whose title starts with it): radio buttons, checkboxes or a drop-down;
    /// with <paramref name="input"/>, in the choice set so labelled (one more call adds a choice to a multi-select).
    /// <paramref name="search"/> is typed into a filtered or typeahead drop-down first, as a user looks an entry up.
    /// </summary>
    public Task SelectChoiceAsync(string choice, string? input = null, string? card = null, string? search = null) =>
        SendCommandAsync("selectChoice", new JsonObject { ["choice"] = choice, ["input"] = input, ["card"] = card, ["search"] = search });

    /// <summary>Saves a PNG of the page; a relative path lands under artifacts/test.</summary>
    public async Task<string> ScreenshotAsync(string path, bool fullPage = false)
    {
        var file = Path.IsPathRooted(path) ? path : Path.Combine(RepositoryPaths.Artifacts, path);
        await SendCommandAsync("screenshot", new JsonObject { ["path"] = file, ["fullPage"] = fullPage });
        return file;
    }

    /// <summary>Saves a PNG of the last card containing <paramref name="card"/>, whole; a relative path lands under artifacts/test.</summary>
    public async Task<string> ScreenshotCardAsync(string card, string path)
    {
        var file = Path.IsPathRooted(path) ? path : Path.Combine(RepositoryPaths.Artifacts, path);
        await SendCommandAsync("screenshotCard", new JsonObject { ["card"] = card, ["path"] = file });
        return file;
    }

    /// <summary>Runs any command playground-driver.js knows; throws <see cref="PlaygroundDriverException"/> when it fails.</summary>
    public async Task<JsonNode?> SendCommandAsync(string command, JsonObject arguments, TimeSpan? wait = null)
    {
        await _oneCommandAtATime.WaitAsync();
        try
        {
            var id = ++_nextId;
            arguments["id"] = id;
            arguments["cmd"] = command;
            await _process.StandardInput.WriteLineAsync(arguments.ToJsonString());
            await _process.StandardInput.FlushAsync();
            // The script bounds its own waits; the margin covers a failure screenshot.
            var answer = await ReadAnswerAsync((wait ?? DefaultWait) + TimeSpan.FromSeconds(30));
            if (answer["id"]?.GetValue<int>() != id)
            {
                throw new InvalidOperationException($"The Playground driver answered out of order: {answer.ToJsonString()}");
            }
            if (answer["ok"]?.GetValue<bool>() != true)
            {
                var cards = answer["cards"]?.AsArray().Select(text => text!.GetValue<string>()).ToList() ?? [];
                throw new PlaygroundDriverException(
                    $"{command} failed: {answer["error"]}", answer["screenshot"]?.GetValue<string>(), cards);
            }
            return answer["result"];
        }
        finally
        {
            _oneCommandAtATime.Release();
        }
    }

    private async Task<JsonObject> ReadAnswerAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        string? line;
        try
        {
            line = await _process.StandardOutput.ReadLineAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The Playground driver did not answer within {timeout.TotalSeconds:0} s.\n{_log.Tail()}");
        }
        if (line is null)
        {
            throw new InvalidOperationException($"The Playground driver exited.\n{_log.Tail()}");
        }
        return JsonNode.Parse(line) as JsonObject
            ?? throw new InvalidOperationException($"The Playground driver wrote something else than a JSON object: {line}");
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            // Closing stdin lets the script close Chromium and remove its profile itself.
            _process.StandardInput.Close();
            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            await _process.WaitForExitAsync(grace.Token);
        }
        catch (Exception error) when (error is IOException or OperationCanceledException or InvalidOperationException)
        {
            // Not closing by itself: stopped below.
        }
        await ChildProcess.StopAsync(_process);
        _log.Dispose();
        _oneCommandAtATime.Dispose();
    }
}
