using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace JourneyBot.Host.Tests.Support;

/// <summary>
/// A decoded PNG (8-bit grey, grey+alpha, RGB or RGBA, not interlaced: what Chromium writes), enough to
/// tell a rendered page from a blank one without an imaging package.
/// </summary>
public sealed class PngImage
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];

    private PngImage(int width, int height, uint[] pixels)
    {
        Width = width;
        Height = height;
        Pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Pixels row by row as 0xRRGGBB (alpha dropped).</summary>
    public IReadOnlyList<uint> Pixels { get; }

    public int DistinctColours => Pixels.Distinct().Count();

    /// <summary>The share of pixels (0..1) that have the most common colour.</summary>
    public double MostCommonColourShare => Pixels.CountBy(p => p).Max(g => g.Value) / (double)Pixels.Count;

    public static PngImage Decode(byte[] png)
    {
        ArgumentNullException.ThrowIfNull(png);
        if (png.Length < Signature.Length || !png.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            throw new InvalidDataException("Not a PNG file.");
        }

        int width = 0, height = 0, channels = 0;
        using var compressed = new MemoryStream();
        for (var offset = Signature.Length; offset + 8 <= png.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(offset));
            var type = Encoding.ASCII.GetString(png, offset + 4, 4);
            var data = png.AsSpan(offset + 8, length);
            switch (type)
            {
                case "IHDR":
                    width = (int)BinaryPrimitives.ReadUInt32BigEndian(data);
                    height = (int)BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
                    var (bitDepth, colourType, interlace) = (data[8], data[9], data[12]);
                    if (bitDepth != 8 || interlace != 0)
                    {
                        throw new InvalidDataException($"Unsupported PNG: bit depth {bitDepth}, interlace {interlace}.");
                    }

                    channels = colourType switch
                    {
                        0 => 1,
                        2 => 3,
                        4 => 2,
                        6 => 4,
                        _ => throw new InvalidDataException($"Unsupported PNG colour type {colourType}."),
                    };
                    break;
                case "IDAT":
                    compressed.Write(data);
                    break;
                case "IEND":
                    offset = png.Length;
                    continue;
            }

            offset += 12 + length;
        }

        compressed.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        var raw = inflated.ToArray();
        var stride = width * channels;
        if (raw.Length < height * (stride + 1))
        {
            throw new InvalidDataException("PNG image data is truncated.");
        }

        var previous = new byte[stride];
        var current = new byte[stride];
        var pixels = new uint[width * height];
        for (var y = 0; y < height; y++)
        {
            var row = y * (stride + 1);
            Unfilter(raw[row], raw.AsSpan(row + 1, stride), previous, current, channels);
            for (var x = 0; x < width; x++)
            {
                var p = x * channels;
                pixels[(y * width) + x] = channels < 3
                    ? (uint)((current[p] << 16) | (current[p] << 8) | current[p])
                    : (uint)((current[p] << 16) | (current[p + 1] << 8) | current[p + 2]);
            }

            (previous, current) = (current, previous);
        }

        return new PngImage(width, height, pixels);
    }

    private static void Unfilter(byte filter, ReadOnlySpan<byte> line, byte[] above, byte[] output, int bpp)
    {
        for (var i = 0; i < line.Length; i++)
        {
            int left = i >= bpp ? output[i - bpp] : 0;
            int up = above[i];
            int upLeft = i >= bpp ? above[i - bpp] : 0;
            output[i] = (byte)(line[i] + filter switch
            {
                0 => 0,
                1 => left,
                2 => up,
                3 => (left + up) / 2,
                4 => Paeth(left, up, upLeft),
                _ => throw new InvalidDataException($"Unknown PNG filter {filter}."),
            });
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
