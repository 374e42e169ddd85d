namespace AiGov.Catalog;

/// <summary>Which side of an instrument link the relation runs from.</summary>
public enum LinkDirection
{
    /// <summary>The instrument acts on the element: it implements, operationalises or cites it.</summary>
    InstrumentToElement,

    /// <summary>The element acts on the instrument: the framework implements or cites it (e.g. the framework implements the Global AI Governance Initiative).</summary>
    ElementToInstrument,

    /// <summary>Neither derives from the other (a parallel).</summary>
    Both,
}
