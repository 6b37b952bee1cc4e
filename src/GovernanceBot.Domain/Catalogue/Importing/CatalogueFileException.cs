namespace GovernanceBot.Domain.Catalogue.Importing;

/// <summary>The file as a whole is unusable (wrong format, truncated, unreadable): nothing from it is applied.</summary>
public sealed class CatalogueFileException(string message, Exception? inner = null) : Exception(message, inner);
