using System.Globalization;
using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.Domain.Copil;

/// <summary>Stable keys of agenda items, so an edit names an item whatever order the agenda is built in.</summary>
public static class AgendaKeys
{
    public const string Kpis = "kpis";

    public static string Decision(UseCase useCase) => "decision-" + useCase.Id.ToString("N");

    public static string Industrialisation(UseCase useCase) => "industrialisation-" + useCase.Id.ToString("N");

    public static string Note(CopilNote note) => (note.Kind == CopilNoteKind.Standard ? "standard-" : "action-") + note.Number.ToString(CultureInfo.InvariantCulture);

    public static string Extra(int index) => "extra-" + (index + 1).ToString(CultureInfo.InvariantCulture);

    public static int? ExtraIndex(string key) =>
        key.StartsWith("extra-", StringComparison.Ordinal) && int.TryParse(key.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n - 1 : null;
}
