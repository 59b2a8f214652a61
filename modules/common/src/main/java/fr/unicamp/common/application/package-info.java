/**
 * The shared kernel's services: the current actor and tenant, the audit log, the universities.
 * Every module calls these; none reaches their tables directly.
 */
package fr.unicamp.common.application;
