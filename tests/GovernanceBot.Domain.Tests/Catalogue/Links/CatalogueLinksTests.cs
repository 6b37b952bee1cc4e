using GovernanceBot.Domain.Catalogue;
using GovernanceBot.Domain.Catalogue.Links;
using GovernanceBot.Domain.Catalogue.Questions;

namespace GovernanceBot.Domain.Tests.Catalogue.Links;

/// <summary>How the central team's decisions and the stored suggestions change the links answers show.</summary>
public sealed class CatalogueLinksTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly CatalogueDataset Injuries = new() { Id = "DS-INJ", Name = "Occupational Injury Claims Reports", OwnerOrganisation = "Department of Labor" };

    private static readonly CatalogueUseCase Triage = new()
    {
        Id = "DOL-1", Name = "Injury triage", Organisation = "DOL", OrganisationName = "Department of Labor",
        DataDescription = "Trained on occupational injury claims filed since 2010.",
    };

    private static readonly CatalogueUseCase Inspections = Triage with { Id = "DOL-2", Name = "Inspection planning", DataDescription = "Injury claims and inspection history." };

    private static readonly CatalogueUseCase Payroll = Triage with { Id = "DOL-3", Name = "Payroll audit", DataDescription = "Payroll records." };

    private static CatalogueSnapshot Snapshot(params LinkDecision[] decisions) =>
        new CatalogueSnapshot([Triage, Inspections, Payroll], [Injuries]).WithLinks(new CatalogueLinks(decisions, null));

    private static LinkDecision Decision(string useCase, LinkState state, DatasetRole role = DatasetRole.Consumes) =>
        new(Injuries.Id, useCase, state, role, "central-1", "Bruno Petit", Now);

    [Fact]
    public void Without_decisions_the_same_organisations_use_cases_describing_the_data_are_suggested_best_first()
    {
        var related = DatasetLinks.For(Injuries, Snapshot());

        Assert.Equal(["DOL-1", "DOL-2"], related.Select(r => r.UseCase.Id));
        Assert.All(related, r => Assert.True(r.Suggested));
        Assert.True(related[0].Score >= related[1].Score);
    }

    [Fact]
    public void A_confirmed_suggestion_is_a_stated_link_and_a_rejected_one_is_no_longer_shown()
    {
        var related = DatasetLinks.For(Injuries, Snapshot(Decision("DOL-1", LinkState.Linked), Decision("dol-2", LinkState.Rejected)));

        var link = Assert.Single(related);
        Assert.Equal("DOL-1", link.UseCase.Id);
        Assert.False(link.Suggested);
        Assert.Equal(DatasetRole.Consumes, link.Role);
    }

    [Fact]
    public void A_link_made_by_hand_is_stated_with_its_role_even_when_nothing_suggests_it()
    {
        var related = DatasetLinks.For(Injuries, Snapshot(Decision("DOL-3", LinkState.Linked, DatasetRole.Produces)));

        var payroll = Assert.Single(related, r => r.UseCase.Id == "DOL-3");
        Assert.False(payroll.Suggested);
        Assert.Equal(DatasetRole.Produces, payroll.Role);
        Assert.Equal(2, related.Count(r => r.Suggested));
    }

    [Fact]
    public void A_decision_about_a_use_case_no_longer_in_the_catalogue_is_ignored()
    {
        var related = DatasetLinks.For(Injuries, Snapshot(Decision("DOL-GONE", LinkState.Linked)));

        Assert.DoesNotContain(related, r => r.UseCase.Id == "DOL-GONE");
    }

    [Fact]
    public void Stored_suggestions_are_used_as_stored_rather_than_computed_again()
    {
        var snapshot = new CatalogueSnapshot([Triage, Inspections, Payroll], [Injuries])
            .WithLinks(new CatalogueLinks([], [new LinkSuggestion(Injuries.Id, "DOL-3", 0.75)]));

        var related = DatasetLinks.For(Injuries, snapshot);

        var only = Assert.Single(related);
        Assert.Equal(("DOL-3", 0.75, true), (only.UseCase.Id, only.Score, only.Suggested));
    }

    [Fact]
    public void The_use_case_side_lists_what_it_names_what_was_linked_and_the_undecided_suggestions()
    {
        var scans = new CatalogueDataset { Id = "DS-SCANS", Name = "Scans" };
        var useCase = Triage with { DatasetsUsed = ["Scans"] };
        var snapshot = new CatalogueSnapshot([useCase], [Injuries, scans, new CatalogueDataset { Id = "DS-OUT", Name = "Triage output" }])
            .WithLinks(new CatalogueLinks([new LinkDecision("DS-OUT", "DOL-1", LinkState.Linked, DatasetRole.Produces, "c", "C", Now)], null));

        var related = UseCaseLinks.For(useCase, snapshot);

        Assert.Contains(related, r => r.Dataset.Id == "DS-SCANS" && r.Role == DatasetRole.Consumes && !r.Suggested);
        Assert.Contains(related, r => r.Dataset.Id == "DS-OUT" && r.Role == DatasetRole.Produces && !r.Suggested);
        Assert.Contains(related, r => r.Dataset.Id == "DS-INJ" && r.Suggested);
    }

    [Fact]
    public void Copies_of_the_link_book_replace_a_pairs_decision_and_drop_it()
    {
        var links = new CatalogueLinks([Decision("DOL-1", LinkState.Linked)], null)
            .With(Decision("dol-1", LinkState.Rejected));

        Assert.Equal(LinkState.Rejected, Assert.Single(links.Decisions).State);
        Assert.Empty(links.Without("ds-inj", "DOL-1").Decisions);
        Assert.Null(links.SuggestionsForDataset(Injuries.Id));
    }
}
