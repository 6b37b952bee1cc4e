using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace GovernanceBot.Tests.Manifest;

/// <summary>
/// Decodes the PNGs Teams icons use (8-bit RGB or RGBA, not interlaced) straight from the file bytes,
/// since no imaging package is available: header fields, then every pixel as RGBA.
/// </summary>
internal sealed class PngImage
{
    private static readonly byte[] Signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private const byte ColorTypeRgb = 2;
    private const byte ColorTypeRgba = 6;

    private PngImage(int width, int height, byte colorType, byte[] rgba)
    {
        Width = width;
        Height = height;
        ColorType = colorType;
        Rgba = rgba;
    }

    public int Width { get; }
    public int Height { get; }
    public byte ColorType { get; }
    public bool HasAlphaChannel => ColorType == ColorTypeRgba;

    /// <summary>Pixels, rows top to bottom, four bytes each (alpha 255 when the file has no alpha channel).</summary>
    public byte[] Rgba { get; }

    public (byte R, byte G, byte B, byte A) Pixel(int x, int y)
    {
        var i = (y * Width + x) * 4;
        return (Rgba[i], Rgba[i + 1], Rgba[i + 2], Rgba[i + 3]);
    }

    public static PngImage Read(string path) => Decode(File.ReadAllBytes(path));

    public static PngImage Decode(byte[] file)
    {
        if (!file.AsSpan(0, Signature.Length).SequenceEqual(Signature)) throw new InvalidDataException("Not a PNG: bad signature.");

        int width = 0, height = 0;
        byte colorType = 0;
        using var compressed = new MemoryStream();
        for (var offset = Signature.Length; offset < file.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(file.AsSpan(offset));
            var type = Encoding.ASCII.GetString(file, offset + 4, 4);
            var data = file.AsSpan(offset + 8, length);
            offset += 12 + length;

            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                var (bitDepth, interlace) = (data[8], data[12]);
                colorType = data[9];
                if (bitDepth != 8 || interlace != 0 || colorType is not (ColorTypeRgb or ColorTypeRgba))
                    throw new InvalidDataException($"Unsupported PNG: bit depth {bitDepth}, colour type {colorType}, interlace {interlace}.");
            }
            else if (type == "IDAT") compressed.Write(data);
            else if (type == "IEND") break;
        }
        if (width == 0) throw new InvalidDataException("Not a PNG: no IHDR chunk.");

        compressed.Position = 0;
        using var inflater = new ZLibStream(compressed, CompressionMode.Decompress);
        using var raw = new MemoryStream();
        inflater.CopyTo(raw);

        var channels = colorType == ColorTypeRgba ? 4 : 3;
        var samples = Unfilter(raw.ToArray(), width, height, channels);
        var rgba = new byte[width * height * 4];
        for (var p = 0; p < width * height; p++)
        {
            for (var c = 0; c < 3; c++) rgba[p * 4 + c] = samples[p * channels + c];
            rgba[p * 4 + 3] = channels == 4 ? samples[p * 4 + 3] : (byte)255;
        }
        return new PngImage(width, height, colorType, rgba);
    }

    /// <summary>Reverses the per-scanline filters (None, Sub, Up, Average, Paeth) of the PNG specification.</summary>
    private static byte[] Unfilter(byte[] raw, int width, int height, int bytesPerPixel)
    {
        var stride = width * bytesPerPixel;
        if (raw.Length != (stride + 1) * height) throw new InvalidDataException("PNG image data has the wrong size.");
        var result = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = raw[y * (stride + 1)];
            for (var x = 0; x < stride; x++)
            {
                var value = raw[y * (stride + 1) + 1 + x];
                int left = x >= bytesPerPixel ? result[y * stride + x - bytesPerPixel] : 0;
                int up = y > 0 ? result[(y - 1) * stride + x] : 0;
                int upLeft = x >= bytesPerPixel && y > 0 ? result[(y - 1) * stride + x - bytesPerPixel] : 0;
                var predictor = filter switch
                {
                    0 => 0,
                    1 => left,
                    2 => up,
                    3 => (left + up) / 2,
                    4 => Paeth(left, up, upLeft),
                    _ => throw new InvalidDataException($"Unknown PNG filter type {filter}."),
                };
                result[y * stride + x] = (byte)(value + predictor);
            }
        }
        return result;
    }

    private static int Paeth(int left, int up, int upLeft)
    {
        var estimate = left + up - upLeft;
        var (toLeft, toUp, toUpLeft) = (Math.Abs(estimate - left), Math.Abs(estimate - up), Math.Abs(estimate - upLeft));
        if (toLeft <= toUp && toLeft <= toUpLeft) return left;
        return toUp <= toUpLeft ? up : upLeft;
    }
}
