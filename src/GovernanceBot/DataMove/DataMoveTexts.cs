using GovernanceBot.Localization;

namespace GovernanceBot.DataMove;

/// <summary>The texts of the export and import-all commands (DataMove.texts.json).</summary>
internal static class DataMoveTexts
{
    public static readonly TextCatalog Catalog = TextCatalog.Load("DataMove.texts.json");

    public static readonly TextRef Usage = Catalog.Ref(nameof(Usage));
    public static readonly TextRef FolderNotEmpty = Catalog.Ref(nameof(FolderNotEmpty));
    public static readonly TextRef NoExport = Catalog.Ref(nameof(NoExport));
    public static readonly TextRef CannotList = Catalog.Ref(nameof(CannotList));
    public static readonly TextRef TableDone = Catalog.Ref(nameof(TableDone));
    public static readonly TextRef Exported = Catalog.Ref(nameof(Exported));
    public static readonly TextRef Imported = Catalog.Ref(nameof(Imported));
    public static readonly TextRef BadLine = Catalog.Ref(nameof(BadLine));
    public static readonly TextRef CountMismatch = Catalog.Ref(nameof(CountMismatch));
    public static readonly TextRef StorageFailed = Catalog.Ref(nameof(StorageFailed));
}
