using System.Text.Json;

namespace GovernanceBot.Domain.Catalogue.Importing;

/// <summary>
/// Reads a DCAT-US / Project Open Data v1.1 <c>data.json</c> catalogue — the format every US federal
/// agency publishes — into datasets: title, description (HTML removed), publisher and its parent,
/// contact point, keywords, themes, access level (non-public / restricted → sensitive), update
/// frequency (ISO 8601 → a plain word), modified, landing page and distributions.
/// </summary>
public static class DcatUsImporter
{
    public static ImportResult<CatalogueDataset> Read(Stream stream, IProgress<ImportProgress>? progress = null)
    {
        using var document = Parse(stream);
        var root = document.RootElement;
        var datasets = root.ValueKind switch
        {
            JsonValueKind.Object when JsonValues.Property(root, "dataset") is { ValueKind: JsonValueKind.Array } array => array,
            JsonValueKind.Array => root,
            _ => throw new CatalogueFileException("This JSON is not a DCAT-US catalogue: it has no \"dataset\" array."),
        };

        var collector = new ImportRowCollector<CatalogueDataset>(d => d.Id, progress);
        var row = 0;
        foreach (var item in datasets.EnumerateArray())
        {
            row++;
            if (item.ValueKind != JsonValueKind.Object)
            {
                collector.Reject(row, "is not a JSON object");
                continue;
            }
            var title = JsonValues.Text(item, "title", 300);
            var identifier = JsonValues.Raw(item, "identifier");
            if (title.Length == 0)
            {
                collector.Reject(row, "has no title");
                continue;
            }
            if (identifier.Length == 0)
            {
                collector.Reject(row, $"'{title}' has no identifier (DCAT-US requires one; without it a re-import could not find the record)");
                continue;
            }
            collector.Accept(row, Map(item, title, identifier));
        }
        return collector.Result();
    }

    private static CatalogueDataset Map(JsonElement item, string title, string identifier)
    {
        var publisher = JsonValues.Property(item, "publisher");
        var contact = JsonValues.Property(item, "contactPoint");
        var owner = publisher is { } p ? JsonValues.Text(p, "name", 200) : "";
        var parent = publisher is { } p2 && JsonValues.Property(p2, "subOrganizationOf") is { } parentOrg ? JsonValues.Text(parentOrg, "name", 200) : "";
        return new CatalogueDataset
        {
            Id = CatalogueIds.ForDataset(identifier, owner, title),
            Name = title,
            Description = JsonValues.Text(item, "description"),
            Domain = string.Join("; ", JsonValues.List(item, "theme")),
            Keywords = JsonValues.List(item, "keyword"),
            OwnerOrganisation = owner,
            ParentOrganisation = parent,
            StewardName = contact is { } c ? JsonValues.Text(c, "fn", 200) : "",
            StewardEmail = contact is { } c2 ? Email(JsonValues.Text(c2, "hasEmail", 200)) : "",
            Sensitivity = AccessLevel(JsonValues.Text(item, "accessLevel", 50)),
            // A Privacy Act system of records is, by definition, about individuals.
            ContainsPersonalData = JsonValues.Text(item, "systemOfRecords", 500).Length > 0 ? true : null,
            Certification = JsonValues.Property(item, "dataQuality") is { ValueKind: JsonValueKind.True } ? "information quality guidelines" : "",
            UpdateFrequency = UpdateFrequencies.Normalise(JsonValues.Text(item, "accrualPeriodicity", 50)),
            Upstream = JsonValues.List(item, "isPartOf"),
            Modified = JsonValues.Text(item, "modified", 50),
            LandingPage = JsonValues.Text(item, "landingPage", 500),
            Distributions = Distributions(item),
            Source = CatalogueSources.DcatUs,
            SourceIdentifier = identifier,
        };
    }

    public static DatasetSensitivity AccessLevel(string accessLevel) => accessLevel.Trim().ToLowerInvariant() switch
    {
        "non-public" or "nonpublic" or "non public" or "private" or "confidential" or "confidentiel" => DatasetSensitivity.NonPublic,
        "restricted public" or "restricted" or "restreint" or "internal" or "interne" => DatasetSensitivity.Restricted,
        _ => DatasetSensitivity.Public,
    };

    private static string Email(string value) =>
        value.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? value["mailto:".Length..].Trim() : value;

    private static IReadOnlyList<string> Distributions(JsonElement item)
    {
        if (JsonValues.Property(item, "distribution") is not { ValueKind: JsonValueKind.Array } list) return [];
        return list.EnumerateArray()
            .Select(d => JsonValues.Text(d, "downloadURL", 500) is { Length: > 0 } url ? url : JsonValues.Text(d, "accessURL", 500))
            .Where(url => url.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Take(10)
            .ToArray();
    }

    private static JsonDocument Parse(Stream stream)
    {
        try
        {
            return JsonDocument.Parse(stream, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new CatalogueFileException($"The JSON cannot be read (line {e.LineNumber + 1}): the file is malformed or truncated. Nothing was imported.", e);
        }
    }
}
