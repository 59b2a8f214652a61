/**
 * Persistence plumbing of the shared kernel: the tenant-scoped entity manager every repository
 * injects, the guard on tenant writes, the user directory and the configuration source.
 */
package fr.unicamp.common.infrastructure;
