namespace JourneyBot.Journeys.Actions;

/// <summary>What an <c>action …</c> message asks for.</summary>
public enum ActionRequestKind
{
    /// <summary>Nothing usable: explain the command.</summary>
    Usage,

    /// <summary><c>action &lt;text&gt; [owner @someone] [due &lt;date&gt;] [from &lt;note id&gt;]</c>.</summary>
    Create,

    /// <summary><c>action from &lt;note id&gt;</c>: the note's text becomes the action (the note card's button).</summary>
    FromNote,

    /// <summary><c>action &lt;id&gt;</c>: shows the item and how to change it.</summary>
    Show,

    /// <summary><c>action &lt;id&gt; open|doing|done</c>.</summary>
    SetStatus,

    /// <summary><c>action &lt;id&gt; owner @someone</c>.</summary>
    SetOwner,

    /// <summary><c>action &lt;id&gt; due &lt;date&gt;</c>.</summary>
    SetDue,
}
