/**
 * The database: an embedded PostgreSQL under the data directory unless an external one is configured.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database")
package org.gongkai.database;
