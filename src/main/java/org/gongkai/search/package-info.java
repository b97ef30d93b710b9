/**
 * 全文检索: Chinese full-text search over published government information. Sources of documents
 * implement {@link SearchSource}; they announce changes through {@link SearchOutbox} in the same
 * transaction as the change, so the index catches up even after a crash.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.gongkai.search;
