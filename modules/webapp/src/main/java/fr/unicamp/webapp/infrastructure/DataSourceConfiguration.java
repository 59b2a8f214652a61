package fr.unicamp.webapp.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's data source, {@code java:app/jdbc/unicamp}, configured at run time through
 * MicroProfile Config ({@code UNICAMP_DB_URL}, {@code UNICAMP_DB_USER}, {@code
 * UNICAMP_DB_PASSWORD}). {@link UrlDataSource} picks the driver from the URL, so switching from the
 * embedded H2 default to PostgreSQL needs only those three variables.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/unicamp",
    className = "fr.unicamp.webapp.infrastructure.UrlDataSource",
    url = "${MPCONFIG=unicamp.db.url}",
    user = "${MPCONFIG=unicamp.db.user}",
    password = "${MPCONFIG=unicamp.db.password}",
    maxPoolSize = 20,
    minPoolSize = 1,
    properties = {"fish.payara.log-jdbc-calls=false"})
@Singleton
public class DataSourceConfiguration {}
