/** What the query API's endpoints share: their own errors as RFC 9457 problem details. */
package nl.hgk.ledger.query.web;
