namespace JourneyBot.Journeys.Exports;

/// <summary>
/// An exported map, ready to send: the bytes, their content type, and the file name in two forms
/// (<see cref="AsciiFileName"/> for the plain <c>filename</c> parameter, <see cref="FileName"/> for <c>filename*</c>).
/// </summary>
public sealed record ExportFile(byte[] Content, string ContentType, string FileName, string AsciiFileName);
