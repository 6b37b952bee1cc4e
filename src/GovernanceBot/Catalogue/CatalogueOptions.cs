namespace GovernanceBot.Catalogue;

/// <summary>Settings of the catalogue Q&amp;A (section <c>Catalogue</c>).</summary>
public sealed class CatalogueOptions
{
    public const string Section = "Catalogue";

    /// <summary>Who answers when the catalogues do not: the central data-science team's address.</summary>
    public string CentralTeamContact { get; set; } = "";

    /// <summary>Share of a question's meaningful words a record must match to be used (0–1).</summary>
    public double MinCoverage { get; set; } = 0.6;

    /// <summary>Folder of the FreeDict dictd files that bridge French questions and English records.</summary>
    public string DictionaryFolder { get; set; } = "/usr/share/dictd";

    /// <summary>Largest catalogue file an admin may send in a chat; larger ones go through the command line.</summary>
    public int MaxUploadMegabytes { get; set; } = 20;
}
