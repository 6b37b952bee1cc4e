using GovernanceBot.AdaptiveCards;
using GovernanceBot.Cards;
using GovernanceBot.Domain;
using GovernanceBot.Domain.Copil;
using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.Copil.Cards;

/// <summary>
/// The decisions digest posted in the agenda's thread after the session: prioritised cases by rank, deferred
/// ones with their revisit date, rejected ones with the reason, then the cases left without a decision.
/// </summary>
internal static class DigestCard
{
    public static AdaptiveCard Build(DateOnly session, IReadOnlyList<CopilDecision> decisions, IReadOnlyList<UseCase> undecided,
        IReadOnlyDictionary<Guid, UseCase> cases, Language language)
    {
        var body = new List<CardElement> { CardKit.Title(CopilTexts.DigestTitle.In(language, CopilWording.Date(session, language))) };
        if (decisions.Count == 0) body.Add(new TextBlock(CopilTexts.DigestNone.In(language)) { Id = "none" });
        foreach (var group in decisions.GroupBy(d => d.Kind))
        {
            body.Add(new TextBlock(CopilWording.DecisionGroup(group.Key, language)) { Id = "digest-" + group.Key.ToString().ToLowerInvariant(), Weight = TextWeight.Bolder, Separator = true });
            body.Add(CardKit.Bullets(group.Select(d => $"{Name(d.UseCaseId, cases)} — {CopilWording.Decision(d, language)} ({d.DeciderName ?? "?"})")));
        }
        if (undecided.Count > 0)
        {
            body.Add(new TextBlock(CopilTexts.DigestUndecided.In(language)) { Id = "undecided", Weight = TextWeight.Bolder, Separator = true });
            body.Add(CardKit.Bullets(undecided.Select(u => $"{u.Number?.ToString() ?? "—"} {u.Title}")));
        }
        return new AdaptiveCard { Body = body };
    }

    private static string Name(Guid id, IReadOnlyDictionary<Guid, UseCase> cases) =>
        cases.TryGetValue(id, out var useCase) ? $"{useCase.Number?.ToString() ?? "—"} {useCase.Title}" : id.ToString("N")[..8];
}
