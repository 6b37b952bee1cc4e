using GovernanceBot.AdaptiveCards;
using GovernanceBot.Cards;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Copil;

namespace GovernanceBot.Copil.Cards;

/// <summary>
/// The agenda: each section of DESIGN §5 with its items, the cases ranked with scores and quadrant. As a
/// preview it says how to edit it; posted in the Copil channel it opens the session's thread, where the
/// decision cards follow.
/// </summary>
internal static class AgendaCard
{
    public static AdaptiveCard Build(Agenda agenda, int decisionsSince, Language language, bool posted = false, bool late = false)
    {
        var body = new List<CardElement>
        {
            CardKit.Title((posted ? CopilTexts.AgendaPostedTitle : CopilTexts.AgendaTitle).In(language)),
            CardKit.Subtle(CopilTexts.AgendaSession.In(language, CopilWording.Date(agenda.SessionDate, language))),
        };
        if (late) body.Add(CardKit.Notice(CopilTexts.AgendaLate.In(language)));
        if (agenda.IsEmpty) body.Add(new TextBlock(CopilTexts.AgendaEmpty.In(language)) { Id = "empty" });
        if (agenda.ShowKpis) body.Add(new TextBlock(CopilTexts.AgendaKpis.In(language, decisionsSince)) { Id = AgendaKeys.Kpis });
        Section(body, "decisions", CopilTexts.AgendaDecisions.In(language), agenda.AwaitingDecision.Select(r =>
            $"{r.Position}. {r.UseCase.Number} {r.UseCase.Title} — {CopilWording.Score(r.Score.Value, language)} / {CopilWording.Score(r.Score.Feasibility, language)} — {CopilWording.Quadrant(r.Score.Quadrant, language)}"));
        Section(body, "industrialisation", CopilTexts.AgendaIndustrialisation.In(language), agenda.InIndustrialisation.Select(i =>
            $"{i.UseCase.Number} {i.UseCase.Title} — {(i.Blockers.Count == 0 ? CopilTexts.AgendaNoBlocker.In(language) : string.Join(" ; ", i.Blockers.Select(b => CopilWording.Blocker(b, language))))}"));
        Section(body, "standards", CopilTexts.AgendaStandards.In(language), agenda.Standards.Select(n => $"#{n.Number} {n.Text}"));
        Section(body, "actions", CopilTexts.AgendaActions.In(language), agenda.Actions.Select(n => $"#{n.Number} {n.Text}"));
        Section(body, "added", CopilTexts.AgendaAdded.In(language), agenda.Added.Select((text, i) => $"{i + 1}. {text}"));
        if (posted && agenda.AwaitingDecision.Count > 0) body.Add(new TextBlock(CopilTexts.AgendaCardsFollow.In(language)) { Id = "follow", Separator = true, IsSubtle = true });
        if (!posted) body.Add(new TextBlock(CopilTexts.AgendaEditHint.In(language)) { Id = "hint", Separator = true, IsSubtle = true, Size = TextSize.Small });
        return new AdaptiveCard { Body = body };
    }

    private static void Section(List<CardElement> body, string id, string title, IEnumerable<string> lines)
    {
        var items = lines.ToList();
        if (items.Count == 0) return;
        body.Add(new TextBlock(title) { Id = id, Weight = TextWeight.Bolder, Separator = true });
        body.Add(CardKit.Bullets(items));
    }
}
