/**
 * The heartbeat: a small real route that proves the integration wiring end to end (timer, MP Config
 * placeholders, a transactional service, the audit table) and tells operators the integration layer
 * is alive.
 */
package fr.unicamp.integration.heartbeat;
