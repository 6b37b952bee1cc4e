namespace GovernanceBot.Domain.Catalogue;

/// <summary>Names of the places catalogue records come from, stored with each record.</summary>
public static class CatalogueSources
{
    public const string OwnCsv = "csv";
    public const string OwnJson = "json";
    public const string FederalInventory = "us-federal-ai-inventory";
    public const string DcatUs = "dcat-us";
}
