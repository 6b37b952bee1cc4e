using System.Text.Json.Nodes;
using GovernanceBot.Catalogue;
using GovernanceBot.TestSupport;
using GovernanceBot.TestSupport.Loopback;
using GovernanceBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace GovernanceBot.Tests.Catalogue;

/// <summary>
/// Catalogue files sent to the bot in a personal chat, as Teams delivers them: a file.download.info
/// attachment whose download URL a loopback file server answers.
/// </summary>
public sealed class CatalogueUploadTests : IAsyncLifetime
{
    private static readonly TestUser Admin = TestUser.Chloe;
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private LoopbackServer _fileServer = null!;
    private BotTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _fileServer = await LoopbackServer.StartAsync(async (context, _) =>
        {
            if (!_files.TryGetValue(context.Request.Path.Value!.TrimStart('/'), out var bytes))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            context.Response.ContentType = "application/octet-stream";
            await context.Response.Body.WriteAsync(bytes);
        });
        _host = new BotTestHost(new Dictionary<string, string?>
        {
            ["Roles:Admins:0"] = Admin.AadObjectId,
            ["Catalogue:MaxUploadMegabytes"] = "1",
        });
    }

    public async Task DisposeAsync()
    {
        _host.Dispose();
        await _fileServer.DisposeAsync();
    }

    private async Task<string> SendFileAsync(TestUser user, string name, string? url = null, string conversationType = "personal")
    {
        var conversation = new TestConversation(_host.CreateClient(), user, "fr-FR") { ConversationType = conversationType };
        var activity = conversation.NewActivity("message");
        activity["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = CatalogueUpload.FileDownloadInfo,
            ["contentUrl"] = "https://contoso.sharepoint.com/personal/files/" + name,
            ["name"] = name,
            ["content"] = new JsonObject
            {
                ["downloadUrl"] = url ?? $"{_fileServer.BaseUrl}/{name}",
                ["uniqueId"] = Guid.NewGuid().ToString(),
                ["fileType"] = Path.GetExtension(name).TrimStart('.'),
            },
        });
        var replies = await conversation.PostForRepliesAsync(activity);
        return string.Join("\n", replies.Select(r => (string?)r["text"] ?? r.ToJsonString()));
    }

    [Fact]
    public async Task An_admin_sends_a_DCAT_catalogue_and_gets_the_counts_then_a_resend_changes_nothing()
    {
        _files["fcc.json"] = await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Root, "..", "shared", "data", "dcat-us", "fcc.json"));

        var first = await SendFileAsync(Admin, "fcc.json");
        var again = await SendFileAsync(Admin, "fcc.json");

        Assert.Matches(@"Import terminé \(.*\) : \d+ lignes lues — [1-9]\d* créées, 0 mises à jour", first);
        Assert.Matches(@"— 0 créées, 0 mises à jour, [1-9]\d* inchangées", again);
        var answer = Assert.Single(await _host.Conversation(Admin, "en-US").SendAsync("who publishes the fixed broadband deployment data?")).Card().AllText();
        Assert.Contains("opendata.fcc.gov", answer);
    }

    [Fact]
    public async Task A_use_case_csv_with_bad_rows_is_imported_and_the_first_reasons_are_given()
    {
        _files["cas.csv"] = "id,name,organisation,status\nUP-1,Tri des factures,GRP,production\nUP-2,,GRP,pilote\nUP-3,Lecture des bons,GRP,pilote\n"u8.ToArray();

        var answer = await SendFileAsync(Admin, "cas.csv");

        Assert.Contains("2 créées", answer);
        Assert.Contains("1 rejetées", answer);
        Assert.Matches(@"ligne \d+ : ", answer);
    }

    [Fact]
    public async Task Someone_who_is_not_an_admin_is_refused_and_nothing_is_downloaded()
    {
        _files["secret.csv"] = "id,name\nX-1,Quelque chose\n"u8.ToArray();

        var answer = await SendFileAsync(TestUser.Bruno, "secret.csv");

        Assert.Contains("Seuls les administrateurs", answer);
        Assert.DoesNotContain(_fileServer.Requests, r => r.RawTarget.Contains("secret.csv", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_non_HTTPS_link_outside_loopback_is_refused_without_a_request()
    {
        var answer = await SendFileAsync(Admin, "data.json", "http://files.example.org/data.json");

        Assert.Contains("n'est pas en HTTPS", answer);
    }

    [Fact]
    public async Task A_file_over_the_size_cap_or_unknown_or_missing_imports_nothing()
    {
        _files["big.csv"] = new byte[1024 * 1024 + 10];
        _files["notes.txt"] = "bonjour\nceci n'est pas un catalogue\n"u8.ToArray();

        var big = await SendFileAsync(Admin, "big.csv");
        var unknown = await SendFileAsync(Admin, "notes.txt");
        var missing = await SendFileAsync(Admin, "gone.csv");

        Assert.Contains("dépasse 1 Mo", big);
        Assert.Contains("Fichier refusé, rien n'a été importé", unknown);
        Assert.Contains("Je n'ai pas pu télécharger", missing);
    }
}
