/**
 * Authentication and HTTP hardening: the database identity store (PBKDF2), one authentication
 * mechanism for the UI's login form and API clients' Basic credentials, session cookie settings and
 * security headers.
 */
package fr.unicamp.webapp.security;
