namespace GovernanceBot.Domain.Catalogue.Importing;

/// <summary>One source row seen through its column names, whatever the file format (CSV row, JSON object).</summary>
public interface IRowFields
{
    /// <summary>The cell as cleaned text; "" when the column is absent or empty.</summary>
    string Text(string column, int maxLength = FieldText.MaxLength);

    /// <summary>The cell as a list (a JSON array, or text separated by semicolons).</summary>
    IReadOnlyList<string> List(string column);
}
