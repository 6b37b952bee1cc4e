using GovernanceBot.Domain.Copil;
using GovernanceBot.Domain.UseCases;

namespace GovernanceBot.Domain.Tests.Copil;

public class AgendaReferenceTests
{
    [Fact]
    public void A_use_case_number_names_both_of_its_possible_agenda_items()
    {
        var reference = AgendaReference.Parse(" uc-2026-42 ")!;
        var id = Guid.NewGuid();
        var useCase = new UseCase { Id = id, HubId = "h", SubmitterKey = "k", StateSince = DateTimeOffset.UnixEpoch, Revision = 1, CreatedAt = DateTimeOffset.UnixEpoch, UpdatedAt = DateTimeOffset.UnixEpoch };

        Assert.Equal(new UseCaseNumber(2026, 42), reference.UseCase);
        Assert.Equal([AgendaKeys.Decision(useCase), AgendaKeys.Industrialisation(useCase)], reference.Keys(id));
        Assert.Empty(reference.Keys(null));
    }

    [Theory]
    [InlineData("norme 2", "standard-2")]
    [InlineData("Standard #2", "standard-2")]
    [InlineData("action 1", "action-1")]
    [InlineData("KPI", "kpis")]
    [InlineData("indicateurs", "kpis")]
    [InlineData("point 3", "extra-3")]
    [InlineData("item 1", "extra-1")]
    public void Notes_kpis_and_added_items_are_named_as_the_agenda_keys_them(string text, string key) =>
        Assert.Equal([key], AgendaReference.Parse(text)!.Keys(null));

    [Theory]
    [InlineData("")]
    [InlineData("norme")]
    [InlineData("point 0")]
    [InlineData("the budget")]
    public void Anything_else_is_not_a_reference(string text) => Assert.Null(AgendaReference.Parse(text));

    [Fact]
    public void Removing_then_restoring_an_added_item_by_its_reference_drops_it()
    {
        var adjustments = AgendaAdjustments.None.Add("Budget 2027").Add("Recrutements");

        var dropped = adjustments.Restore(AgendaReference.Parse("point 1")!.Keys(null)[0]);

        Assert.Equal(["Recrutements"], dropped.Added);
    }
}
