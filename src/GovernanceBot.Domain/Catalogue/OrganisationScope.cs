namespace GovernanceBot.Domain.Catalogue;

/// <summary>Which field of the catalogues a recognised name stands for.</summary>
public enum OrganisationScope
{
    Organisation,
    Hub,
    DatasetOwner,
}
