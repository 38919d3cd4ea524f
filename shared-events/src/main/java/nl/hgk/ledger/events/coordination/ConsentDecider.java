package nl.hgk.ledger.events.coordination;

/** Who answered for the person a consent is about (seed 000 B2 §2.2: "de cliënt vanaf 12 jaar en/of zijn wettelijk vertegenwoordiger"). */
public enum ConsentDecider {
    /** the person themselves */
    PERSON,
    /** a legal representative of the person (wettelijk vertegenwoordiger): a parent with authority, a guardian */
    LEGAL_REPRESENTATIVE
}
