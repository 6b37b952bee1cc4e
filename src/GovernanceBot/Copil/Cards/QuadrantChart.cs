using System.Globalization;
using GovernanceBot.Domain.Copil;
using ScottPlot;

namespace GovernanceBot.Copil.Cards;

/// <summary>
/// The value/feasibility quadrant as a small PNG for a card: feasibility across, value up, the short-term
/// corner shaded, each placed case drawn as a dot labelled with its rank (the ranked table beside it names
/// them). Kept small on purpose — a Teams card and its data: URI must stay well under the ~28 KB payload limit.
/// </summary>
public static class QuadrantChart
{
    public const int Width = 320;
    public const int Height = 240;

    /// <summary>The largest image, in bytes, a card may embed; above it the card keeps the table alone.</summary>
    public const int MaxPngBytes = 14 * 1024;

    /// <summary>The PNG for the cases that could be placed (cases missing a score are listed in the table only).</summary>
    public static byte[] Render(IReadOnlyList<RankedUseCase> ranked, double highFrom, string valueLabel, string feasibilityLabel)
    {
        var plot = new Plot();
        plot.FigureBackground.Color = Colors.White;
        var corner = plot.Add.Rectangle(highFrom, 100, highFrom, 100);
        corner.FillStyle.Color = Color.FromHex("#DFF0D8");
        corner.LineStyle.Width = 0;
        var vertical = plot.Add.VerticalLine(highFrom, 1, Colors.Gray, LinePattern.Dashed);
        var horizontal = plot.Add.HorizontalLine(highFrom, 1, Colors.Gray, LinePattern.Dashed);
        vertical.LabelText = "";
        horizontal.LabelText = "";

        foreach (var line in ranked.Where(r => r.Score.Value.Score is not null && r.Score.Feasibility.Score is not null))
        {
            var x = line.Score.Feasibility.Score!.Value;
            var y = line.Score.Value.Score!.Value;
            var marker = plot.Add.Marker(x, y, MarkerShape.FilledCircle, 9, line.Score.Quadrant == Quadrant.ShortTerm ? Color.FromHex("#2E7D32") : Color.FromHex("#1565C0"));
            marker.LegendText = "";
            var label = plot.Add.Text(line.Position.ToString(CultureInfo.InvariantCulture), x + 1.5, y + 1.5);
            label.LabelFontSize = 12;
            label.LabelBold = true;
        }

        plot.Axes.SetLimits(0, 100, 0, 100);
        plot.XLabel(feasibilityLabel, 13);
        plot.YLabel(valueLabel, 13);
        plot.Grid.IsVisible = false;
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }

    public static string DataUri(byte[] png) => "data:image/png;base64," + Convert.ToBase64String(png);
}
