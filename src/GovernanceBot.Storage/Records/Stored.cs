namespace GovernanceBot.Storage.Records;

/// <summary>A record as stored, with the ETag to name when changing or deleting exactly this version.</summary>
public sealed record Stored<T>(T Value, string ETag);
