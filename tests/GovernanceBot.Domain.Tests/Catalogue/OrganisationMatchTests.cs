using GovernanceBot.Domain.Catalogue;

namespace GovernanceBot.Domain.Tests.Catalogue;

public sealed class OrganisationMatchTests
{
    private static readonly OrganisationAlias Labor = new(OrganisationScope.Organisation, "DOL", "Department of Labor",
        new HashSet<string>(["dol", "department of labor"], StringComparer.Ordinal));

    [Theory]
    [InlineData("U.S. Department of Labor", "", true)]
    [InlineData("", "Department of Labor", true)]
    [InlineData("Bureau of Labor Statistics", "Department of Labor > DOL", true)]
    [InlineData("Department of Laboratories", "", false)]
    [InlineData("Department of Labor-Management Standards", "", false)]
    [InlineData("DOLPHIN survey office", "", false)]
    [InlineData("Sub-department of labor relations", "", false)]
    public void A_dataset_belongs_to_an_organisation_named_as_whole_words_in_its_owner_or_parent(string owner, string parent, bool expected)
    {
        var dataset = new CatalogueDataset { Id = "DS", Name = "Injuries", OwnerOrganisation = owner, ParentOrganisation = parent };

        Assert.Equal(expected, Labor.Matches(dataset));
    }
}
