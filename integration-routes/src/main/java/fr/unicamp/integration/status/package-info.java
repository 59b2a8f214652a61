/** Integration status over Camel's REST DSL, served by camel-servlet under /api/integration. */
package fr.unicamp.integration.status;
