using System.Text.Json;
using GovernanceBot.TestSupport.Processes;

namespace GovernanceBot.Tests.Manifest;

/// <summary>A PNG's size, colour type and pixels, decoded by pngjs (tests/tools/png-pixels.js).</summary>
internal sealed class PngImage
{
    private const int ColorTypeRgba = 6;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private PngImage(int width, int height, int colorType, byte[] rgba)
    {
        Width = width;
        Height = height;
        ColorType = colorType;
        Rgba = rgba;
    }

    public int Width { get; }
    public int Height { get; }
    public int ColorType { get; }
    public bool HasAlphaChannel => ColorType == ColorTypeRgba;

    /// <summary>Pixels, rows top to bottom, four bytes each (alpha 255 when the file has no alpha channel).</summary>
    public byte[] Rgba { get; }

    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var i = (y * Width + x) * 4;
        return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
    }

    public static PngImage Read(string path)
    {
        var result = NodeScript.RunAsync(NodeScript.StartInfo("png-pixels.js", [path]), standardInput: null, Timeout).GetAwaiter().GetResult();
        if (result.ExitCode != 0) throw new InvalidDataException($"{path} is not a readable PNG: {result}");
        using var json = JsonDocument.Parse(result.StandardOutput);
        var root = json.RootElement;
        return new PngImage(
            root.GetProperty("width").GetInt32(),
            root.GetProperty("height").GetInt32(),
            root.GetProperty("colorType").GetInt32(),
            Convert.FromBase64String(root.GetProperty("rgba").GetString()!));
    }
}
