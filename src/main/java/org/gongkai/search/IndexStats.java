package org.gongkai.search;

import java.time.Instant;

/**
 * The state of the index.
 *
 * @param documents items in the index
 * @param sizeBytes size on disk
 * @param lastRebuild when the last full rebuild finished, or null
 * @param lastRebuildDocuments items indexed by it
 * @param lastRebuildMillis how long it took
 */
public record IndexStats(long documents, long sizeBytes, Instant lastRebuild, long lastRebuildDocuments, long lastRebuildMillis) {}
