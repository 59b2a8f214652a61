/**
 * The CamelContext inside the container: created after the database migrations, fed every route
 * builder found as a CDI bean, reading MicroProfile Config, closed at undeploy.
 */
package fr.unicamp.integration.infrastructure;
