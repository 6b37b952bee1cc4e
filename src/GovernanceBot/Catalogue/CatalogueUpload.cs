using System.Net;
using GovernanceBot.BotFramework.Schema;
using GovernanceBot.BotFramework.Turns;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Catalogue.Importing;
using GovernanceBot.Identity;
using GovernanceBot.Modules;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Catalogue;

/// <summary>
/// A catalogue file an admin sends the bot in a personal chat. Teams does not put the file in the message:
/// it sends a <c>file.download.info</c> attachment with a short-lived, pre-authorised download URL fetched
/// with a plain GET. The file is read whole (up to a size cap), its catalogue recognised from its content,
/// and imported by the same importer as the command line; the answer gives the counts and first reasons.
/// </summary>
public sealed class CatalogueUpload(
    IHttpClientFactory httpClients, CatalogueImportRunner runner, IOptions<CatalogueOptions> options, ILogger<CatalogueUpload> logger)
{
    public const string FileDownloadInfo = "application/vnd.microsoft.teams.file.download.info";
    public const string HttpClientName = "catalogue-upload";

    /// <summary>Rejected rows quoted in the chat answer; the rest are counted.</summary>
    private const int RejectionsShown = 5;

    /// <summary>The file a message carries, if any.</summary>
    public static Attachment? FileOf(Activity activity) =>
        activity.Attachments?.FirstOrDefault(a => string.Equals(a.ContentType, FileDownloadInfo, StringComparison.OrdinalIgnoreCase));

    public async Task ImportAsync(ITurnContext turn, Attachment file, CancellationToken cancellationToken)
    {
        var language = turn.Language();
        var name = string.IsNullOrWhiteSpace(file.Name) ? "?" : file.Name.Trim();
        if (!ConversationKinds.IsPersonal(turn.Activity) || !(await turn.GetUserAsync(cancellationToken)).May(Permission.ImportCatalogues))
        {
            await turn.SendTextAsync(CatalogueTexts.UploadRefused.In(language), cancellationToken);
            return;
        }
        if (!TryDownloadUrl(file, out var url))
        {
            await turn.SendTextAsync(CatalogueTexts.UploadUnsafeLink.In(language, name), cancellationToken);
            return;
        }

        var cap = (long)options.Value.MaxUploadMegabytes * 1024 * 1024;
        byte[] content;
        try
        {
            content = await DownloadAsync(url, cap, cancellationToken) ?? [];
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Catalogue file {File} could not be downloaded", name);
            await turn.SendTextAsync(CatalogueTexts.UploadDownloadFailed.In(language, name), cancellationToken);
            return;
        }
        if (content.LongLength > cap)
        {
            await turn.SendTextAsync(CatalogueTexts.UploadTooLarge.In(language, name, options.Value.MaxUploadMegabytes), cancellationToken);
            return;
        }

        string answer;
        try
        {
            var kind = CatalogueFileDetector.DetectKind(content.AsSpan(0, Math.Min(content.Length, 64 * 1024)), name);
            var summary = await runner.ImportAsync(kind, new MemoryStream(content, writable: false), name, null, cancellationToken);
            answer = string.Join("\n\n", CatalogueImportCommand.Summarise(summary, language, RejectionsShown));
            logger.LogInformation("Catalogue file {File} imported from a chat: {Created} created, {Updated} updated, {Rejected} rejected",
                name, summary.Created, summary.Updated, summary.Rejected.Count);
        }
        catch (CatalogueFileException rejected)
        {
            answer = CatalogueTexts.ImportFileRejected.In(language, rejected.Message);
        }
        catch (CatalogueWriteException failed)
        {
            answer = CatalogueTexts.ImportStorageFailed.In(language, failed.Written, failed.Total);
        }
        await turn.SendTextAsync(answer, cancellationToken);
    }

    /// <summary>HTTPS only; plain HTTP is accepted for a loopback address (a local test double), never elsewhere.</summary>
    private static bool TryDownloadUrl(Attachment file, out Uri url)
    {
        var text = (string?)file.Content?["downloadUrl"] ?? "";
        if (!Uri.TryCreate(text, UriKind.Absolute, out url!)) return false;
        if (url.Scheme == Uri.UriSchemeHttps) return true;
        return url.Scheme == Uri.UriSchemeHttp && (url.IsLoopback || IPAddress.TryParse(url.Host, out var ip) && IPAddress.IsLoopback(ip));
    }

    /// <summary>The file's bytes, or one byte more than <paramref name="cap"/> when it is larger (read no further).</summary>
    private async Task<byte[]?> DownloadAsync(Uri url, long cap, CancellationToken cancellationToken)
    {
        using var client = httpClients.CreateClient(HttpClientName);
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        if (response.Content.Headers.ContentLength > cap) return new byte[cap + 1];
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > cap) return new byte[cap + 1];
        }
        return buffer.ToArray();
    }
}
