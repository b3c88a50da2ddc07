namespace JourneyBot.Journeys.Commands;

/// <summary>The commands people can type.</summary>
public enum CommandKind
{
    Unknown,
    Empty,
    NewMap,
    AddStage,
    Maps,
    Use,
    ShowMap,
    Help,
    Cancel,
    AddNote,
    Notes,
    Undo,
    Edit,
    DeleteNote,
    Restore,
    AddLane,
    RenameStage,
    RenameLane,
    MoveStage,
    MoveLane,
    RemoveStage,
    RemoveLane,
    Owner,
    Facilitator,
    RenameMap,
    DeleteMap,
    Summary,
}
