/**
 * The directory of known users ({@link nl.maakmatch.domain.user.KnownUser}): the people who called
 * MaakMatch with a verified token, as that token described them when last seen. The identity
 * provider stays the source of truth; the directory guards that a user id given as input (an
 * adviser to assign) names a real user with the role and region it claims, and knows where to mail
 * a user ({@link nl.maakmatch.domain.user.Recipient}: address and preferred language).
 */
package nl.maakmatch.domain.user;
