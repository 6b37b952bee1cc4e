namespace GovernanceBot.Storage.Records;

/// <summary>
/// A stored entity does not fit its record: a required property is missing, or holds a value of another type
/// or an unreadable JSON or enum value. Nothing was changed; the message names the table, keys and property.
/// </summary>
public sealed class RecordMappingException(string message, Exception? inner = null) : StorageException(message, inner);
