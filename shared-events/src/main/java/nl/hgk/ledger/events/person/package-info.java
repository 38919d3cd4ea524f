/**
 * The people in a case and their personal data. {@link nl.hgk.ledger.events.person.PersonalData} is the only
 * type that carries names, BSN, addresses, birth dates or free text about a person, so that it can be encrypted
 * per data subject (crypto-shredding) without changing the shape of any event.
 */
package nl.hgk.ledger.events.person;
