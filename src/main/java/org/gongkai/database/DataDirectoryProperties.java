package org.gongkai.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the platform keeps its files ({@code GONGKAI_DATA_DIR}) and how the embedded database runs.
 *
 * @param dataDir data directory: embedded database, search index, issued documents
 * @param embeddedPort fixed port for the embedded PostgreSQL; 0 picks a free one
 * @param embeddedFsync whether the embedded PostgreSQL syncs to disk (off only for tests)
 * @param poolSize connections in the pool to the embedded database
 */
@ConfigurationProperties("gongkai")
public record DataDirectoryProperties(
    @DefaultValue("./data") Path dataDir,
    @DefaultValue("0") int embeddedPort,
    @DefaultValue("true") boolean embeddedFsync,
    @DefaultValue("20") int poolSize) {}
