/**
 * The one exception hierarchy of the application: not found, rule violated (with field errors),
 * conflict and forbidden. Each carries a message key and arguments; REST maps them to RFC 9457
 * problems and the UI to messages, each in one place.
 */
package fr.unicamp.common.domain.error;
