namespace GovernanceBot.Tests.Manifest;

public sealed class AppIconTests
{
    private static string ColorIcon => Path.Combine(ManifestPaths.Source, "color.png");
    private static string OutlineIcon => Path.Combine(ManifestPaths.Source, "outline.png");

    [Fact]
    public void Color_icon_is_an_opaque_192_pixel_square()
    {
        var icon = PngImage.Read(ColorIcon);

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.All(Enumerable.Range(0, icon.Width * icon.Height), p => Assert.Equal(255, icon.Rgba[p * 4 + 3]));
    }

    [Fact]
    public void Outline_icon_is_a_32_pixel_square_of_white_on_transparent()
    {
        var icon = PngImage.Read(OutlineIcon);

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.True(icon.HasAlphaChannel, "Teams needs a transparent background for the outline icon.");
        var visible = 0;
        for (var y = 0; y < icon.Height; y++)
        {
            for (var x = 0; x < icon.Width; x++)
            {
                var (r, g, b, a) = icon.Pixel(x, y);
                if (a == 0) continue;
                visible++;
                Assert.True((r, g, b) == (255, 255, 255), $"Pixel ({x},{y}) is ({r},{g},{b}), not white.");
            }
        }
        Assert.InRange(visible, 100, icon.Width * icon.Height / 2);
        Assert.Equal(0, icon.Pixel(0, 0).A);
        Assert.Equal(0, icon.Pixel(31, 31).A);
    }

    [Fact]
    public async Task Committed_icons_are_the_ones_the_icon_script_draws()
    {
        var drawn = ManifestPaths.NewTemporaryDirectory("icons");
        try
        {
            var result = await NodeProcess.RunAsync(ManifestPaths.IconScript, drawn);
            Assert.True(result.ExitCode == 0, result.ToString());

            // Pixels, not bytes: another zlib build may compress the same pixels differently.
            foreach (var name in new[] { "color.png", "outline.png" })
            {
                var committed = PngImage.Read(Path.Combine(ManifestPaths.Source, name));
                var fresh = PngImage.Read(Path.Combine(drawn, name));
                Assert.Equal((committed.Width, committed.Height), (fresh.Width, fresh.Height));
                Assert.True(committed.Rgba.AsSpan().SequenceEqual(fresh.Rgba), $"{name} differs from what scripts/generate-icons.js draws.");
            }
        }
        finally
        {
            Directory.Delete(drawn, recursive: true);
        }
    }
}
