using System.Diagnostics.CodeAnalysis;
using JourneyBot.Domain.Maps;

namespace JourneyBot.Storage.Tables;

/// <summary>The stored shape of a person inside a JSON column, kept apart from the domain record so either can change.</summary>
internal sealed record StoredPerson(string Id, string Name)
{
    [return: NotNullIfNotNull(nameof(person))]
    public static StoredPerson? From(Person? person) => person is null ? null : new StoredPerson(person.Id, person.Name);

    public Person ToPerson() => new(Id, Name);
}
