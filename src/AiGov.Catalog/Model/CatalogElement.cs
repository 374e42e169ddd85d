using System;
using System.Collections.Immutable;
using System.Threading;

namespace AiGov.Catalog;

/// <summary>
/// An element of one edition of the framework: a section, principle, risk, measure, guideline and so on.
/// </summary>
/// <remarks>
/// <para>Elements are immutable and thread-safe. Each belongs to exactly one <see cref="EditionCatalog"/>, through which
/// its navigation properties (<see cref="Parent"/>, <see cref="Children"/>, and the kind-specific ones) resolve in O(1).</para>
/// <para>Titles are bilingual with a status per language; <see cref="Summary"/> is always in the project's own words: the
/// official body text is not copied, and <see cref="Clause"/> and <see cref="Pages"/> let a reader find it.</para>
/// </remarks>
public abstract class CatalogElement
{
    private readonly ElementInfo _info;
    private EditionCatalog? _owner;

    private protected CatalogElement(ElementInfo info) => _info = info;

    /// <summary>Gets the kind of element.</summary>
    public abstract ElementKind Kind { get; }

    /// <summary>Gets the edition-qualified ID, e.g. <c>1.0:3.1.1.a</c> (or <c>2.0:employment-shock</c> where the clause is not printed).</summary>
    public string Id => _info.Id;

    /// <summary>Gets the edition this element belongs to.</summary>
    public Edition Edition => _info.Edition;

    /// <summary>Gets the kebab-case key, unique within the edition (the generated C# member name is its PascalCase form).</summary>
    public string Key => _info.Key;

    /// <summary>Gets the clause exactly as printed (e.g. <c>3.1.1(a)</c>), or null when unknown. A <c>?</c> marks a position that is not printed.</summary>
    public string? Clause => _info.Clause;

    /// <summary>Gets how sure the clause number is, when that differs from <see cref="Provenance"/>; otherwise null.</summary>
    public ProvenanceStatus? ClauseStatus => _info.ClauseStatus;

    /// <summary>Gets the ID of the parent element, or null for top-level elements.</summary>
    public string? ParentId => _info.ParentId;

    /// <summary>Gets the bilingual title.</summary>
    public Title Title => _info.Title;

    /// <summary>Gets the pages in the Chinese and English texts, or null when not recorded.</summary>
    public Pages? Pages => _info.Pages;

    /// <summary>Gets a one- or two-sentence summary in the project's own words.</summary>
    public string Summary => _info.Summary;

    /// <summary>Gets wording seen in sources that is not a title (searchable).</summary>
    public ImmutableArray<Alias> Aliases => _info.Aliases;

    /// <summary>Gets the lifecycle stages this element concerns, with the basis of each mapping.</summary>
    public ImmutableArray<StageMapping> Stages => _info.Stages;

    /// <summary>Gets the actors this element concerns, with the basis of each mapping.</summary>
    public ImmutableArray<ActorMapping> Actors => _info.Actors;

    /// <summary>Gets how sure the catalogue is about this element, and from which sources.</summary>
    public Provenance Provenance => _info.Provenance;

    /// <summary>Gets editorial notes (open questions, caveats), if any.</summary>
    public string? Notes => _info.Notes;

    /// <summary>Gets the edition catalogue this element belongs to.</summary>
    /// <exception cref="InvalidOperationException">The element is not attached to a catalogue (never the case for elements obtained from the library).</exception>
    public EditionCatalog Catalog => _owner ?? throw new InvalidOperationException("The element '" + Id + "' is not attached to a catalogue.");

    /// <summary>Gets the parent element, or null for top-level elements.</summary>
    public CatalogElement? Parent => ParentId is null ? null : Catalog.Find(ParentId);

    /// <summary>Gets the child elements in document order.</summary>
    public ImmutableArray<CatalogElement> Children => Catalog.ChildrenOf(Id);

    /// <summary>Returns "ID title", the title as <see cref="Title.ToString"/> gives it: with its caveats, so that a translation reads as one.</summary>
    /// <returns>A short display form, e.g. <c>2.0:3.1.1.a Insufficient explainability (our translation)</c>.</returns>
    public override string ToString() => Id + " " + Title;

    internal void Attach(EditionCatalog owner)
    {
        if (Interlocked.CompareExchange(ref _owner, owner, null) is not null && !ReferenceEquals(_owner, owner))
        {
            throw new InvalidOperationException("The element '" + Id + "' already belongs to another catalogue.");
        }
    }
}
