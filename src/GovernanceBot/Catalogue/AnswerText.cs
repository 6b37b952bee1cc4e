using GovernanceBot.Domain;
using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Questions;

namespace GovernanceBot.Catalogue;

/// <summary>
/// Words a <see cref="CatalogueAnswer"/> in the user's language, citing every record it uses as
/// "Name [ID]". This is the answer without a language model, and the fallback when one fails.
/// </summary>
internal static class AnswerText
{
    public static string Compose(CatalogueAnswer answer, Language language)
    {
        var lines = answer.Kind switch
        {
            AnswerKind.Owner => Owner(answer, language),
            AnswerKind.Consumers => Owner(answer, language),
            AnswerKind.Contact => Contact(answer.Records[0], language),
            AnswerKind.List => List(answer, language, CatalogueTexts.ListIntro.In(language, answer.Total, CatalogueWords.Filters(answer.Question, language))),
            AnswerKind.Count => List(answer, language, Count(answer, language)),
            AnswerKind.Matches => List(answer, language, CatalogueTexts.MatchesIntro.In(language)),
            _ => NotFound(answer, language),
        };
        return string.Join("\n\n", lines.Where(l => l.Length > 0));
    }

    public static IEnumerable<string> NotFound(CatalogueAnswer answer, Language language)
    {
        yield return CatalogueTexts.NotFound.In(language);
        yield return string.IsNullOrWhiteSpace(answer.AskInstead)
            ? CatalogueTexts.AskCentralTeam.In(language)
            : CatalogueTexts.AskInstead.In(language, answer.AskInstead);
        yield return CatalogueTexts.HelpHint.In(language);
    }

    private static IEnumerable<string> Owner(CatalogueAnswer answer, Language language)
    {
        var dataset = answer.Records[0].Dataset!;
        var name = CatalogueWords.Cite(dataset.Name, dataset.Id);
        var owner = string.Join(" / ", new[] { dataset.OwnerOrganisation, dataset.ParentOrganisation }.Where(o => o.Length > 0));
        yield return owner.Length > 0 ? CatalogueTexts.OwnerLine.In(language, name, owner) : CatalogueTexts.OwnerUnknown.In(language, name);
        var steward = Person(dataset.StewardName, dataset.StewardEmail);
        if (steward.Length > 0) yield return CatalogueTexts.StewardLine.In(language, steward);
        var stated = answer.Related.Where(r => !r.Suggested).ToList();
        var producers = stated.Where(r => r.Role == DatasetRole.Produces).Select(r => CatalogueWords.Cite(r.UseCase.Name, r.UseCase.Id)).ToList();
        var consumers = stated.Where(r => r.Role == DatasetRole.Consumes).Select(r => CatalogueWords.Cite(r.UseCase.Name, r.UseCase.Id)).ToList();
        if (producers.Count > 0) yield return CatalogueTexts.ProducedBy.In(language, string.Join(", ", producers));
        if (consumers.Count > 0) yield return CatalogueTexts.ConsumedBy.In(language, string.Join(", ", consumers));
        var suggested = answer.Related.Where(r => r.Suggested).Select(r => $"{CatalogueWords.Cite(r.UseCase.Name, r.UseCase.Id)} ({r.Score:P0})").ToList();
        if (suggested.Count > 0) yield return CatalogueTexts.SuggestedLinks.In(language, string.Join(", ", suggested));
        if (answer.Related.Count == 0 && answer.Kind == AnswerKind.Consumers) yield return CatalogueTexts.NoLinks.In(language);
    }

    private static IEnumerable<string> Contact(CitedRecord record, Language language)
    {
        if (record.UseCase is { } useCase)
        {
            var where = string.Join(", ", new[] { useCase.Hub, useCase.Organisation }.Where(p => p.Length > 0).Distinct());
            var contact = Person(useCase.ContactName, useCase.ContactEmail);
            yield return contact.Length > 0
                ? CatalogueTexts.ContactUseCase.In(language, CatalogueWords.Cite(useCase.Name, useCase.Id), where, contact)
                : CatalogueTexts.NoContactUseCase.In(language, CatalogueWords.Cite(useCase.Name, useCase.Id), where);
        }
        else if (record.Dataset is { } dataset)
        {
            var contact = Person(dataset.StewardName, dataset.StewardEmail);
            yield return contact.Length > 0
                ? CatalogueTexts.ContactDataset.In(language, CatalogueWords.Cite(dataset.Name, dataset.Id), dataset.OwnerOrganisation, contact)
                : CatalogueTexts.NoContactDataset.In(language, CatalogueWords.Cite(dataset.Name, dataset.Id), dataset.OwnerOrganisation);
        }
    }

    private static string Count(CatalogueAnswer answer, Language language)
    {
        var filters = CatalogueWords.Filters(answer.Question, language);
        var kinds = answer.Records.Select(r => r.Ref.Kind).Distinct().ToList();
        var text = kinds.Count != 1 ? CatalogueTexts.CountRecords
            : kinds[0] == CatalogueKind.UseCases ? CatalogueTexts.CountUseCases : CatalogueTexts.CountDatasets;
        return text.In(language, answer.Total, filters);
    }

    private static IEnumerable<string> List(CatalogueAnswer answer, Language language, string intro)
    {
        yield return intro;
        yield return string.Join("\n", answer.Records.Select(r => "- " + Line(r, language)));
        if (answer.Total > answer.Records.Count) yield return CatalogueTexts.ListMore.In(language, answer.Total - answer.Records.Count);
    }

    private static string Line(CitedRecord record, Language language)
    {
        var cite = CatalogueWords.Cite(record.Name, record.Ref.Id);
        if (record.UseCase is { } u)
        {
            var details = new[] { u.Organisation, u.Hub, CatalogueWords.Status(u.Status, language) }.Where(d => d.Length > 0).Distinct();
            return $"{cite} — {string.Join(", ", details)}";
        }
        var d = record.Dataset!;
        return d.OwnerOrganisation.Length > 0 ? $"{cite} — {d.OwnerOrganisation}" : cite;
    }

    private static string Person(string name, string email) =>
        name.Length > 0 && email.Length > 0 ? $"{name} ({email})" : name.Length > 0 ? name : email;
}
