/**
 * The MaakMatch domain: one package per aggregate (instrument, firm, plan, ...), each with its
 * entity, value objects, repository and exceptions. Nothing here knows about HTTP.
 */
package nl.maakmatch.domain;
