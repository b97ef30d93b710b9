package org.gongkai.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.gongkai.search.SearchDocument;
import org.gongkai.search.SearchHit;
import org.gongkai.search.SearchQuery;
import org.gongkai.search.SearchResults;
import org.gongkai.search.SearchResults.FacetCount;
import org.gongkai.search.SearchSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LuceneSearchIndexTest {

  private LuceneSearchIndex index;

  @BeforeEach
  void setUp() {
    index = new LuceneSearchIndex(new ByteBuffersDirectory(), 2);
    index.upsert(doc(1, "重庆市人民政府关于加强疫情防控工作的通知", "各区县人民政府，市政府各部门：为做好新冠肺炎疫情防控工作，现通知如下。",
        "/500000/", "NORMATIVE", "卫生、体育", "渝府发〔2020〕12号", "IN_FORCE", LocalDate.of(2020, 2, 1)));
    index.upsert(doc(2, "万州区2020年财政预算执行情况", "本报告说明了预算执行情况，其中包括防控经费与疫情相关支出。",
        "/500000/500101/", "BUDGET", "财政、金融、审计", null, null, LocalDate.of(2021, 3, 5)));
    index.upsert(doc(3, "万州区教育委员会关于学校防控措施的说明", "学校应落实各项防控措施，确保师生安全。",
        "/500000/500101/500101B01/", "NORMATIVE", "教育", "万州教委发[2021]3号", "REPEALED", LocalDate.of(2021, 9, 1)));
    index.upsert(doc(4, "江北区食品安全检查结果公告", "本次检查涉及重庆市疫情防控物资仓储企业十家。",
        "/500000/500105/", "INSPECTION", "卫生、体育", "江北市监发〔2022〕7号", null, LocalDate.of(2022, 5, 20)));
    index.upsert(doc(5, "关于印发《政府信息公开工作年度报告》的通知", "政府信息公开工作年度报告按格式编制。AND OR (test) *",
        "/500000/500000B01/", "OTHER", "综合政务", "渝办发〔2020〕1号", "IN_FORCE", LocalDate.of(2020, 1, 10)));
    index.commit();
  }

  @AfterEach
  void tearDown() {
    index.close();
  }

  static SearchDocument doc(long id, String title, String body, String path, String category, String subject,
      String docNo, String validity, LocalDate published) {
    String[] parts = path.split("/");
    String code = parts[parts.length - 1];
    return new SearchDocument(id, "631526076/2020-" + String.format("%05d", id), title, body, code, path, "机构" + code,
        category, subject, "通知", docNo, validity, published, published, true);
  }

  private List<Long> ids(SearchQuery q) {
    return index.search(q).hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void ranksTitleMatchesAboveBodyMatches() {
    List<Long> ids = ids(SearchQuery.of("疫情防控"));
    assertThat(ids).first().isEqualTo(1L);
    assertThat(ids).contains(4L);
  }

  @Test
  void bodyOnlyMatchesFollowTheTitleMatchNewestFirst() {
    // 1 has 疫情 in its title; 4 (2022) and 2 (2021) only in the body
    assertThat(ids(SearchQuery.of("疫情"))).containsExactly(1L, 4L, 2L);
  }

  @Test
  void anIndexWrittenWithAnOlderLayoutIsNotCurrentUntilRebuilt() throws Exception {
    assertThat(index.isCurrent()).as("a new index is written in this version's layout").isTrue();
    ByteBuffersDirectory old = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(old, new IndexWriterConfig(ChineseAnalysis.indexing()))) {
      writer.addDocument(LuceneSearchIndex.toDocument(doc(9, "旧索引中的条目", "正文", "/500000/", "OTHER", null, null, null,
          LocalDate.of(2024, 1, 1))));
      writer.setLiveCommitData(Map.of("gongkai.rebuilt-at", "2026-01-01T00:00:00Z").entrySet());
      writer.commit();
    }
    try (LuceneSearchIndex reopened = new LuceneSearchIndex(old, 1)) {
      assertThat(reopened.isCurrent()).isFalse();
      assertThat(reopened.search(SearchQuery.of("旧索引")).total()).as("searchable until rebuilt").isEqualTo(1);
      reopened.rebuild(new SearchSource() {
        @Override
        public Optional<SearchDocument> document(long id) {
          return Optional.empty();
        }

        @Override
        public void forEachPublished(Consumer<SearchDocument> consumer) {
          consumer.accept(doc(9, "旧索引中的条目", "正文", "/500000/", "OTHER", null, null, null, LocalDate.of(2024, 1, 1)));
        }
      });
      assertThat(reopened.isCurrent()).isTrue();
      assertThat(reopened.search(SearchQuery.of("旧索引")).total()).isEqualTo(1);
      try (org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(old)) {
        assertThat(reader.leaves()).isNotEmpty()
            .allSatisfy(leaf -> assertThat(leaf.reader().getMetaData().getSort()).as("rebuilt newest first").isEqualTo(LuceneSearchIndex.BY_DATE));
      }
    }
  }

  @Test
  void searchesGiveTheOrderAndTotalsOfOneSortedPassOverAllMatches() throws Exception {
    // many equal scores and dates (the case the relevance collector skips through), in several
    // segments, so that pages are checked across segment borders and skipped blocks
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    String[] titles = {"关于加强疫情防控工作的通知", "疫情防控工作情况通报", "财政预算执行情况报告", "学校安全检查公告", "关于印发实施方案的通知"};
    String[] bodies = {"做好疫情防控和安全检查工作。", "财政预算安排学校建设资金。", "本公告涉及食品安全检查结果。", "各单位按照通知要求落实。"};
    java.util.Random random = new java.util.Random(7);
    int count = 3000;
    try (LuceneSearchIndex many = new LuceneSearchIndex(dir, 1)) {
      for (int i = 1; i <= count; i++) {
        String title = titles[random.nextInt(titles.length)];
        String body = bodies[random.nextInt(bodies.length)] + bodies[random.nextInt(bodies.length)];
        String number = random.nextInt(3) == 0 ? "渝府发〔2020〕" + random.nextInt(20) + "号" : null;
        many.upsert(doc(i, title, body, "/500000/", "OTHER", null, number, null, LocalDate.of(2020, 1, 1).plusDays(random.nextInt(30))));
        if (i % 400 == 0) {
          many.commit();
        }
      }
      many.commit();
      try (org.apache.lucene.index.DirectoryReader reader = org.apache.lucene.index.DirectoryReader.open(dir)) {
        assertThat(reader.leaves().size()).as("segments").isGreaterThan(1);
        org.apache.lucene.search.IndexSearcher searcher = new org.apache.lucene.search.IndexSearcher(reader);
        List<SearchQuery> queries = new java.util.ArrayList<>();
        for (String text : List.of("疫情防控", "防控 通知", "财政预算", "渝府发〔2020〕12号", "学校", "安全 检查", "通知要求", "\"疫情防控\"")) {
          queries.add(SearchQuery.of(text));
          queries.add(SearchQuery.of(text).withSort(SearchQuery.Sort.DATE));
        }
        for (SearchQuery query : queries) {
          org.apache.lucene.search.TopFieldDocs onePass = searcher.search(LuceneSearchIndex.luceneQuery(query),
              new org.apache.lucene.search.TopFieldCollectorManager(LuceneSearchIndex.sortOf(query), count, null, Integer.MAX_VALUE, false));
          org.apache.lucene.index.StoredFields stored = reader.storedFields();
          List<Long> expected = new java.util.ArrayList<>();
          for (org.apache.lucene.search.ScoreDoc d : onePass.scoreDocs) {
            expected.add(Long.parseLong(stored.document(d.doc).get("id")));
          }
          List<Long> paged = new java.util.ArrayList<>();
          int pages = (int) Math.min(300, (onePass.totalHits.value + 9) / 10);
          for (int page = 1; page <= pages; page++) {
            SearchResults results = many.search(query.withPage(page, 10));
            assertThat(results.total()).as(query.text()).isEqualTo(onePass.totalHits.value);
            results.hits().forEach(h -> paged.add(h.id()));
          }
          assertThat(paged).as(query.text() + " " + query.sort()).isEqualTo(expected.subList(0, Math.min(expected.size(), 3000)));
        }
      }
    }
  }

  @Test
  void searchesBeyondOnePerCoreWaitForTheirTurn() throws Exception {
    try (LuceneSearchIndex oneCore = new LuceneSearchIndex(new ByteBuffersDirectory(), 1)) {
      oneCore.upsert(doc(1, "关于做好疫情防控工作的通知", "正文", "/500000/", "OTHER", null, null, null, LocalDate.of(2024, 1, 1)));
      oneCore.commit();
      oneCore.searchTurns().acquire(); // a search of its own holds the only turn
      java.util.concurrent.CompletableFuture<SearchResults> waiting =
          java.util.concurrent.CompletableFuture.supplyAsync(() -> oneCore.search(SearchQuery.of("疫情防控")));
      Thread.sleep(300);
      assertThat(waiting).as("waits while the turn is taken").isNotDone();
      oneCore.searchTurns().release();
      assertThat(waiting.get(10, java.util.concurrent.TimeUnit.SECONDS).total()).isEqualTo(1);
      assertThat(oneCore.searchTurns().availablePermits()).as("the turn is given back").isEqualTo(1);
    }
  }

  @Test
  void aRepeatedSearchCountsFromTheCacheUntilTheIndexChanges() {
    SearchQuery query = SearchQuery.of("疫情").withFacets();
    SearchResults first = index.search(query);
    SearchResults again = index.search(query);
    assertThat(again.total()).isEqualTo(first.total());
    assertThat(again.facets()).isEqualTo(first.facets());
    assertThat(again.facets()).as("the same counts, not a recount").isSameAs(first.facets());

    index.upsert(doc(99, "疫情防控物资采购公告", "正文", "/500000/", "OTHER", null, null, null, LocalDate.of(2025, 1, 1)));
    index.commit();
    SearchResults changed = index.search(query);
    assertThat(changed.total()).as("a change of the index is counted at once").isEqualTo(first.total() + 1);
    assertThat(index.search(SearchQuery.of("疫情")).total()).isEqualTo(first.total() + 1);
  }

  @Test
  void findsFangkongInsideYiqingFangkongWhateverTheSegmentation() {
    assertThat(ids(SearchQuery.of("防控"))).contains(1L, 2L, 3L, 4L);
    assertThat(ids(SearchQuery.of("疫情防控"))).contains(1L, 4L).doesNotContain(3L);
  }

  @Test
  void oneCharacterQueriesFindCharactersInsideWords() {
    assertThat(ids(SearchQuery.of("校"))).containsExactly(3L);
  }

  @Test
  void quotedPhrasesMatchOnlyTheCharactersInOrder() {
    assertThat(ids(SearchQuery.of("\"疫情防控\""))).containsExactlyInAnyOrder(1L, 4L);
    assertThat(ids(SearchQuery.of("“防控经费”"))).containsExactly(2L);
    // Without quotes the words may stand apart: 防控 … 疫情 in document 2.
    assertThat(ids(SearchQuery.of("防控 疫情"))).contains(2L);
    assertThat(ids(SearchQuery.of("\"防控疫情\""))).isEmpty();
  }

  @Test
  void everyTermMustMatch() {
    assertThat(ids(SearchQuery.of("防控 学校"))).containsExactly(3L);
  }

  @Test
  void agencyFilterCoversTheWholeSubtree() {
    assertThat(ids(SearchQuery.of("防控").withAgency("500101"))).containsExactlyInAnyOrder(2L, 3L);
    assertThat(ids(SearchQuery.of("").withAgency("500101B01"))).containsExactly(3L);
    assertThat(ids(SearchQuery.of("").withAgency("500000"))).hasSize(5);
  }

  @Test
  void documentNumbersMatchInEveryBracketStyle() {
    for (String variant : List.of("渝府发〔2020〕12号", "渝府发[2020]12号", "渝府发［２０２０］１２号", "渝府发(2020)12号", "渝府发 〔2020〕 12号")) {
      assertThat(ids(SearchQuery.of(variant))).as(variant).first().isEqualTo(1L);
      assertThat(ids(SearchQuery.of("").withDocumentNumber(variant))).as(variant).containsExactly(1L);
    }
    assertThat(ids(SearchQuery.of("").withDocumentNumber("万州教委发〔2021〕3号"))).containsExactly(3L);
    assertThat(ids(SearchQuery.of("").withDocumentNumber("渝办发"))).containsExactly(5L);
  }

  @Test
  void filtersByDatesCategorySubjectAndValidity() {
    assertThat(ids(SearchQuery.of("").withDates(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31)))).containsExactlyInAnyOrder(2L, 3L);
    assertThat(ids(SearchQuery.of("").withDates(null, LocalDate.of(2020, 2, 1)))).containsExactlyInAnyOrder(1L, 5L);
    assertThat(ids(SearchQuery.of("").withCategory("NORMATIVE", null, null, null))).containsExactlyInAnyOrder(1L, 3L);
    assertThat(ids(SearchQuery.of("").withCategory(null, "卫生、体育", null, null))).containsExactlyInAnyOrder(1L, 4L);
    assertThat(ids(SearchQuery.of("").withCategory(null, null, null, "IN_FORCE"))).containsExactlyInAnyOrder(1L, 5L);
  }

  @Test
  void countsFacetsOverAllMatches() {
    SearchResults r = index.search(SearchQuery.of("防控").withFacets().withPage(1, 1));
    assertThat(r.total()).isEqualTo(4);
    assertThat(r.hits()).hasSize(1);
    assertThat(r.facets().get("category")).contains(new FacetCount("NORMATIVE", 2), new FacetCount("BUDGET", 1));
    assertThat(r.facets().get("year")).containsExactly(new FacetCount("2022", 1), new FacetCount("2021", 2), new FacetCount("2020", 1));
    assertThat(r.facets().get("agency")).contains(new FacetCount("500101", 2), new FacetCount("500105", 1), new FacetCount("500000", 1));
    SearchResults district = index.search(SearchQuery.of("防控").withAgency("500101").withFacets());
    assertThat(district.facets().get("agency")).containsExactly(new FacetCount("500101", 1), new FacetCount("500101B01", 1));
  }

  @Test
  void sortsByDateWhenAsked() {
    assertThat(ids(SearchQuery.of("防控").withSort(SearchQuery.Sort.DATE))).containsExactly(4L, 3L, 2L, 1L);
    assertThat(ids(SearchQuery.of(null))).containsExactly(4L, 3L, 2L, 1L, 5L);
  }

  @Test
  void highlightsMatchesInEscapedSnippets() {
    index.upsert(doc(6, "<script>alert(1)</script>公开指南", "市民可通过<b>信息公开</b>申请 & 查询。", "/500000/", "GUIDE", null, null, null, LocalDate.of(2023, 1, 1)));
    index.commit();
    SearchHit hit = index.search(SearchQuery.of("信息公开")).hits().stream().filter(h -> h.id() == 6).findFirst().orElseThrow();
    assertThat(hit.snippet()).isEqualTo("市民可通过&lt;b&gt;<em>信息公开</em>&lt;/b&gt;申请 &amp; 查询。");
    assertThat(hit.titleHtml()).isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt;<em>公开</em>指南");
    SearchHit first = index.search(SearchQuery.of("疫情防控")).hits().get(0);
    assertThat(first.titleHtml()).isEqualTo("重庆市人民政府关于加强<em>疫情防控</em>工作的通知");
  }

  @Test
  void treatsLuceneSyntaxAsText() {
    for (String q : List.of("AND OR ( * ~ :", "\"", "\\", "title:疫情", "疫情 AND (防控 OR *)~2", "***", "((((", ":::", "\"unbalanced 疫情",
        "AND", "-", "+疫情 -防控", "疫情^10", "[2020 TO 2021]", "/regex/", "\u0000\uffff", "\ud83d\ude00疫情")) {
      assertThatCode(() -> index.search(SearchQuery.of(q).withFacets())).as(q).doesNotThrowAnyException();
    }
    assertThat(ids(SearchQuery.of("title:疫情"))).isEmpty();
    assertThat(ids(SearchQuery.of("疫情~ AND"))).isEmpty();
    assertThat(ids(SearchQuery.of("疫情~ 防控*"))).contains(1L, 4L);
    assertThat(ids(SearchQuery.of("(test) *"))).containsExactly(5L);
  }

  @Test
  void survivesTenThousandCharacterQueries() {
    String longQuery = "重庆市人民政府关于加强疫情防控工作的通知".repeat(500);
    assertThat(longQuery.length()).isGreaterThanOrEqualTo(10_000);
    assertThat(ids(SearchQuery.of(longQuery))).contains(1L);
    String longWords = "疫情 防控 政府 AND OR ".repeat(600);
    assertThatCode(() -> index.search(SearchQuery.of(longWords).withFacets())).doesNotThrowAnyException();
  }

  @Test
  void mixesChineseDigitsAndPunctuation() {
    assertThat(ids(SearchQuery.of("万州区2020年"))).first().isEqualTo(2L);
    assertThat(ids(SearchQuery.of("12号"))).contains(1L);
  }

  @Test
  void deletesUnpublishedAndRemovedItems() {
    SearchDocument withdrawn = new SearchDocument(1, "x", "重庆市人民政府关于加强疫情防控工作的通知", "", "500000", "/500000/", "市政府",
        null, null, null, null, null, null, LocalDate.of(2020, 2, 1), false);
    index.upsert(withdrawn);
    index.commit();
    assertThat(ids(SearchQuery.of("疫情防控"))).doesNotContain(1L);
    index.delete(4);
    index.commit();
    assertThat(ids(SearchQuery.of("疫情防控"))).isEmpty();
    assertThat(index.stats().documents()).isEqualTo(3);
  }

  @Test
  void rebuildReplacesEverythingAndRemembersWhen() {
    SearchSource source = new SearchSource() {
      @Override
      public Optional<SearchDocument> document(long id) {
        return Optional.empty();
      }

      @Override
      public void forEachPublished(Consumer<SearchDocument> consumer) {
        for (int i = 100; i < 400; i++) {
          consumer.accept(doc(i, "第" + i + "号公告", "正文" + i, "/500000/500101/", "OTHER", null, null, null, LocalDate.of(2024, 1, 1)));
        }
      }
    };
    assertThat(index.rebuild(source)).isEqualTo(300);
    assertThat(index.search(SearchQuery.of("")).total()).isEqualTo(300);
    assertThat(ids(SearchQuery.of("疫情防控"))).isEmpty();
    assertThat(index.stats().lastRebuild()).isNotNull();
    assertThat(index.stats().lastRebuildDocuments()).isEqualTo(300);
  }

  @Test
  void pagesThroughExactTotals() {
    SearchResults page2 = index.search(SearchQuery.of("").withPage(2, 2));
    assertThat(page2.total()).isEqualTo(5);
    assertThat(page2.pages()).isEqualTo(3);
    assertThat(page2.hits()).extracting(SearchHit::id).containsExactly(2L, 1L);
  }
}
