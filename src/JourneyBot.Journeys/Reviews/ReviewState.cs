namespace JourneyBot.Journeys.Reviews;

/// <summary>Where one person is in a review: the stage, the question, and the notes of the stage still to confirm.</summary>
public sealed class ReviewState
{
    public string MapId { get; set; } = string.Empty;
    public string ReviewId { get; set; } = string.Empty;

    /// <summary>0-based position of the stage being reviewed.</summary>
    public int StageIndex { get; set; }

    public ReviewPhase Phase { get; set; }

    /// <summary>True once the stage's notes were shown (and <see cref="Pending"/> filled).</summary>
    public bool Entered { get; set; }

    /// <summary>Ids of the stage's notes this person has not confirmed yet; the first is being asked about.</summary>
    public List<string> Pending { get; set; } = [];

    /// <summary>What the choices last offered mean, in order (see <see cref="ReviewDialog"/>).</summary>
    public List<string> Offered { get; set; } = [];
}
