/** How the ledger runs: its database, its security, its profiles. Depends on every module; nothing depends on it. */
package nl.hgk.ledger.deploy;
