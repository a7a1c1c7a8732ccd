package nl.maakmatch.web;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's one datasource, PostgreSQL, configured through MicroProfile Config so that
 * production sets {@code MAAKMATCH_DB_URL}, {@code MAAKMATCH_DB_USER} and {@code
 * MAAKMATCH_DB_PASSWORD} in the environment. Pooled connections are validated before use, so the
 * application recovers by itself when the database comes back after an outage.
 */
@ApplicationScoped
@DataSourceDefinition(
    name = "java:app/jdbc/maakmatch",
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=maakmatch.db.url}",
    user = "${MPCONFIG=maakmatch.db.user}",
    password = "${MPCONFIG=maakmatch.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32,
    properties = {
      "connectTimeout=5",
      "stringType=unspecified",
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      // a SELECT 1 before every query doubled a request's round trips: a connection is checked
      // when it was last checked more than 2 s ago (a query on one that died since fails, is
      // answered 503 and empties the pool, see fail-all-connections)
      "fish.payara.validate-atmost-once-period-in-seconds=2",
      "fish.payara.fail-all-connections=true"
    })
public class Database {}
