namespace JourneyBot.Journeys.MapPage;

/// <summary>A rectangle on the page, in CSS pixels from the top-left corner of the board.</summary>
internal readonly record struct Box(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;

    /// <summary>True when the two rectangles share some area (touching edges do not count).</summary>
    public bool Overlaps(Box other) =>
        X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;

    /// <summary>True when <paramref name="other"/> lies entirely inside this rectangle.</summary>
    public bool Contains(Box other) =>
        other.X >= X && other.Right <= Right && other.Y >= Y && other.Bottom <= Bottom;

    public bool Contains(double x, double y) => x >= X && x <= Right && y >= Y && y <= Bottom;
}
