namespace GovernanceBot.Storage.Records;

/// <summary>
/// Marks the string property of a record that <em>is</em> its PartitionKey: it is not stored again as a
/// column, and is filled from the key when the record is read. Use a key selector in
/// <see cref="TableRecordMap{T}"/> instead when the key is computed from other properties.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class PartitionKeyAttribute : Attribute;

/// <summary>Marks the string property of a record that <em>is</em> its RowKey (see <see cref="PartitionKeyAttribute"/>).</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class RowKeyAttribute : Attribute;
