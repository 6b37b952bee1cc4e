using System.Net;
using GovernanceBot.Tests.Infrastructure;

namespace GovernanceBot.Tests.Hosting;

/// <summary>
/// The store cannot be reached (Azure Table Storage endpoint refusing connections): the bot stays up, says
/// so, and claims nothing was saved.
/// </summary>
public sealed class StorageOutageTests : IDisposable
{
    private readonly BotTestHost _host = new(new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "AzureTables",
        // Port 9 on loopback: nothing listens, every call is refused at once.
        ["Storage:ConnectionString"] = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;",
        ["Storage:Retry:MaxRetries"] = "0",
    });

    [Fact]
    public async Task Readiness_reports_the_outage()
    {
        using var response = await _host.CreateClient().GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var alive = await _host.CreateClient().GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    [Fact]
    public async Task Help_still_answers_when_the_shared_ledger_cannot_be_written()
    {
        var reply = Assert.Single(await _host.Conversation().SendAsync("aide"));
        Assert.Contains("Voici ce que je sais faire", reply.Card().AllText());
    }

    [Fact]
    public async Task A_feature_needing_storage_says_nothing_was_saved_in_the_users_language()
    {
        var french = Assert.Single(await _host.Conversation().SendAsync("maturité"));
        var english = Assert.Single(await _host.Conversation(TestUser.Bruno, "en-US").SendAsync("maturity"));
        Assert.Contains("rien n'a été enregistré", french["text"]!.GetValue<string>());
        Assert.Contains("nothing was saved", english["text"]!.GetValue<string>());
    }

    public void Dispose() => _host.Dispose();
}
