namespace JourneyBot.Host.Tests.Support;

/// <summary>A <see cref="MapPageHost"/> on a real loopback port (Kestrel), for a browser in another process.</summary>
public sealed class LoopbackMapPageHost : MapPageHost
{
    protected override bool ListensOnLoopback => true;
}
