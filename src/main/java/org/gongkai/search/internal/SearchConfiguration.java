package org.gongkai.search.internal;

import java.nio.file.Path;
import org.gongkai.search.SearchIndex;
import org.gongkai.search.SearchSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The in-process Lucene index under the data directory, and its indexer. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

  @Bean(destroyMethod = "close")
  LuceneSearchIndex searchIndex(@Value("${gongkai.data-dir}") Path dataDir) {
    return LuceneSearchIndex.open(dataDir.resolve("search-index"));
  }

  @Bean
  SearchIndexer searchIndexer(OutboxQueue outbox, SearchIndex index, ObjectProvider<SearchSource> sources) {
    return new SearchIndexer(outbox, index, sources::getIfUnique);
  }
}
