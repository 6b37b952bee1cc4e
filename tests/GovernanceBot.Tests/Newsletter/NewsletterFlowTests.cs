using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovernanceBot.Newsletter;
using GovernanceBot.Tests.Infrastructure;
using GovernanceBot.Tests.Maturity;
using GovernanceBot.Tests.UseCases;
using static GovernanceBot.Tests.Newsletter.NewsletterHost;

namespace GovernanceBot.Tests.Newsletter;

/// <summary>The newsletter through the bot's HTTP endpoint: drafting from the quarter's facts, editing on one card, approval rules.</summary>
public sealed class NewsletterFlowTests : IAsyncLifetime
{
    private NewsletterHost _bot = null!;

    public async Task InitializeAsync() => _bot = await NewsletterHost.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task The_draft_holds_the_quarters_facts_with_their_sources_and_leaves_out_other_quarters()
    {
        await _bot.SeedLiveAsync("Alerte attrition", 501, new DateOnly(2026, 10, 14));
        await _bot.SeedLiveAsync("Tri des sinistres", 502, new DateOnly(2026, 8, 3), contact: "Hugo Bernard");
        await SayAsync(_bot.Personal(Central), "norme ajouter Fiche modèle obligatoire avant la mise en production");
        Assert.StartsWith("Événement ajouté", await SayAsync(_bot.Personal(Camille), "événement ajouter 2026-12-10 atelier Feature store en pratique ; salle Turing"));
        Assert.StartsWith("Cette date est passée", await SayAsync(_bot.Personal(Camille), "événement ajouter 2026-01-10 talk Déjà passé"));
        var member = MaturityHostFixture.NewUser("Inès Hub");
        var submitted = (await UseCaseJourney.SubmitAsync(_bot.Host, member, "Prévision des volumes")).Card.AllText();
        var number = Regex.Match(submitted, @"UC-\d{4}-\d{4}").Value;
        Assert.StartsWith("Merci", await SayAsync(_bot.Personal(member), $"retour d'expérience {number} : Impliquer les conseillers dès le prototype."));
        Assert.StartsWith("Seul le hub", await SayAsync(_bot.Personal(MaturityHostFixture.NewUser()), $"lesson learnt {number}: not mine"));

        var text = (await _bot.OpenAsync(Camille)).AllText();

        Assert.Contains("Brouillon rédigé à partir des faits du trimestre", text);
        Assert.Contains("Alerte attrition (UC-2026-0501, hub Banque de détail), en production depuis le 14 octobre 2026 — impact : attrition −2 pts sur 12 000 clients. Contact : Alice Martin.", text);
        Assert.Contains("Sources : cas d'usage UC-2026-0501", text);
        Assert.Contains("Impliquer les conseillers dès le prototype.", text);
        Assert.Contains($"Sources : retour d'expérience sur {number}", text);
        Assert.Contains("Fiche modèle obligatoire avant la mise en production", text);
        Assert.Contains("10 décembre 2026 — Atelier : Feature store en pratique (salle Turing)", text);
        Assert.Contains("Bravo au hub Banque de détail : 1 cas d'usage mis en production ce trimestre (Alerte attrition)", text);
        Assert.Contains("2 en production au total", text);
        Assert.DoesNotContain("Tri des sinistres", text);
        Assert.DoesNotContain("Déjà passé", text);
    }

    [Fact]
    public async Task Only_the_comms_team_in_a_private_chat_opens_the_newsletter()
    {
        Assert.Equal("La newsletter est réservée à l'équipe communication.", await SayAsync(_bot.Personal(MaturityHostFixture.NewUser()), "newsletter"));
        Assert.Equal("La newsletter est réservée à l'équipe communication.", await SayAsync(_bot.Personal(Central), "événement ajouter 2026-12-10 atelier x"));
        Assert.StartsWith("La newsletter se prépare en conversation privée", await _bot.SayInChannelAsync(Camille, "newsletter"));
        var card = await _bot.OpenAsync(Camille);

        // A card forwarded to someone without the role changes nothing: the role is read from the server, not the card.
        var forged = await _bot.ClickAsync(MaturityHostFixture.NewUser(), card, NewsletterVerbs.Approve);
        Assert.Equal("La newsletter est réservée à l'équipe communication.", forged.Message);
        Assert.Contains("Brouillon", (await _bot.OpenAsync(Camille)).AllText());
    }

    [Fact]
    public async Task Sections_are_edited_moved_added_and_removed_on_the_one_card_and_a_stale_card_changes_nothing()
    {
        await _bot.SeedLiveAsync("Alerte attrition", 501, new DateOnly(2026, 10, 14));
        var card = await _bot.OpenAsync(Camille);
        var ids = SectionIds(card);
        Assert.Equal(["progress", "launches", "champion"], ids);

        var form = (await _bot.ClickAsync(Camille, card, NewsletterVerbs.EditSection, "launches")).Card!;
        Assert.Contains("\"id\":\"body\"", form.ToJsonString());
        var saved = (await _bot.ClickAsync(Camille, form, NewsletterVerbs.SaveSection, "launches", new JsonObject { ["title"] = "En production", ["body"] = "Alerte attrition tourne depuis le 14 octobre 2026." })).Card!;
        Assert.Contains("Rubrique enregistrée.", saved.AllText());
        Assert.Contains("Alerte attrition tourne depuis le 14 octobre 2026.", saved.AllText());

        var back = saved;
        var moved = (await _bot.ClickAsync(Camille, back, NewsletterVerbs.MoveDown, "progress")).Card!;
        Assert.Equal(["launches", "progress", "champion"], SectionIds(moved));

        // The card before the move is stale: its click is refused with the reason and the current card.
        var stale = (await _bot.ClickAsync(Camille, back, NewsletterVerbs.RemoveSection, "champion")).Card!;
        Assert.Contains("a changé depuis l'affichage de cette carte", stale.AllText());
        Assert.Equal(["launches", "progress", "champion"], SectionIds(stale));

        var empty = (await _bot.ClickAsync(Camille, stale, NewsletterVerbs.NewSection)).Card!;
        var refused = (await _bot.ClickAsync(Camille, empty, NewsletterVerbs.AddSection, inputs: new JsonObject { ["title"] = "Mot de la rédaction", ["body"] = "   " })).Card!;
        Assert.Contains("Écrivez le texte de la rubrique.", refused.AllText());
        Assert.Contains("\"id\":\"title\"", refused.ToJsonString());
        var added = (await _bot.ClickAsync(Camille, refused, NewsletterVerbs.AddSection, inputs: new JsonObject { ["title"] = "Mot de la rédaction", ["body"] = "Bonne lecture !" })).Card!;
        var custom = SectionIds(added)[^1];
        Assert.StartsWith("custom-", custom);
        Assert.Contains("Sources : écrit par Camille Comms", added.AllText());

        var removed = (await _bot.ClickAsync(Camille, added, NewsletterVerbs.RemoveSection, custom)).Card!;
        Assert.Equal(["launches", "progress", "champion"], SectionIds(removed));
        Assert.Equal(SectionIds(removed), SectionIds(await _bot.OpenAsync(Malik)));
    }

    [Fact]
    public async Task Editing_after_approval_voids_it_so_the_changed_text_must_be_approved_again()
    {
        await _bot.SeedLiveAsync("Alerte attrition", 501, new DateOnly(2026, 10, 14));
        var card = await _bot.OpenAsync(Camille);
        var approved = (await _bot.ClickAsync(Camille, card, NewsletterVerbs.Approve)).Card!;
        Assert.Contains("Approuvée par Camille Comms (1/1)", approved.AllText());
        Assert.Contains(approved.ExecuteActions(), a => a.Verb == NewsletterVerbs.ScheduleForm);

        var form = (await _bot.ClickAsync(Camille, approved, NewsletterVerbs.EditSection, "progress")).Card!;
        var edited = (await _bot.ClickAsync(Camille, form, NewsletterVerbs.SaveSection, "progress", new JsonObject { ["title"] = "Les chiffres", ["body"] = "Un trimestre chargé." })).Card!;

        Assert.Contains("doit être approuvé à nouveau", edited.AllText());
        Assert.Contains("Brouillon", edited.AllText());
        Assert.DoesNotContain(edited.ExecuteActions(), a => a.Verb == NewsletterVerbs.ScheduleForm);
    }
}

/// <summary>With two approvers configured, the second approval must come from another comms member.</summary>
public sealed class NewsletterTwoApproversTests : IAsyncLifetime
{
    private NewsletterHost _bot = null!;

    public async Task InitializeAsync() => _bot = await NewsletterHost.StartAsync(new Dictionary<string, string?> { ["Newsletter:RequiredApprovals"] = "2" });

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Two_different_comms_members_must_approve_before_it_can_be_scheduled()
    {
        await _bot.SeedLiveAsync("Alerte attrition", 501, new DateOnly(2026, 10, 14));
        var card = await _bot.OpenAsync(Camille);
        Assert.Contains("2 approbation(s)", card.AllText());

        var first = (await _bot.ClickAsync(Camille, card, NewsletterVerbs.Approve)).Card!;
        Assert.Contains("une seconde approbation, par une autre personne, est nécessaire", first.AllText());
        Assert.DoesNotContain(first.ExecuteActions(), a => a.Verb == NewsletterVerbs.ScheduleForm);
        var again = (await _bot.ClickAsync(Camille, first, NewsletterVerbs.Approve)).Card!;
        Assert.Contains("Vous avez déjà approuvé ce texte", again.AllText());

        var second = (await _bot.ClickAsync(Malik, await _bot.OpenAsync(Malik), NewsletterVerbs.Approve)).Card!;
        Assert.Contains("Approuvée par Camille Comms, Malik Comms (2/2)", second.AllText());
        Assert.Contains(second.ExecuteActions(), a => a.Verb == NewsletterVerbs.ScheduleForm);
    }
}
