package org.gongkai.catalog.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.concurrent.Flow;
import org.gongkai.GongkaiTest;
import org.gongkai.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 100 MB uploads (issue 4, "Bad input"): over real HTTP, the import and attachment forms send the
 * browser back with a Chinese message instead of the container's 413 error page.
 */
@GongkaiTest
class UploadLimitsTest {

  private static final long HUNDRED_MB = 100L * 1024 * 1024;

  @LocalServerPort int port;
  @Autowired MockMvc mvc;
  @Autowired TestAccounts accounts;

  /** POSTs {@code size} bytes of multipart body (generated, never held in memory) and returns the answer. */
  private HttpResponse<String> post(String path, long size) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "multipart/form-data; boundary=gongkai")
        .POST(HttpRequest.BodyPublishers.fromPublisher(zeros(size), size))
        .build();
    return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
        .send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static Flow.Publisher<ByteBuffer> zeros(long size) {
    return subscriber -> subscriber.onSubscribe(new Flow.Subscription() {
      private long sent;
      private boolean done;

      @Override
      public synchronized void request(long n) {
        for (long i = 0; i < n && !done; i++) {
          if (sent >= size) {
            done = true;
            subscriber.onComplete();
            return;
          }
          int chunk = (int) Math.min(1 << 20, size - sent);
          sent += chunk;
          subscriber.onNext(ByteBuffer.wrap(new byte[chunk]));
        }
      }

      @Override
      public void cancel() {
        done = true;
      }
    });
  }

  @Test
  void aHundredMegabyteImportGoesBackToTheImportPageWithAMessage() throws Exception {
    HttpResponse<String> r = post("/admin/catalog/import", HUNDRED_MB);
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).hasValue("/admin/catalog/import?tooLarge");
    mvc.perform(get("/admin/catalog/import").param("tooLarge", "").with(accounts.as("500101", "CLERK")))
        .andExpect(content().string(containsString("上传的文件超过60MB，未处理")));
  }

  @Test
  void aHundredMegabyteAttachmentGoesBackToTheItemWithAMessage() throws Exception {
    HttpResponse<String> r = post("/admin/catalog/123/attachments", HUNDRED_MB);
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).hasValue("/admin/catalog/123?tooLarge");
  }

  @Test
  void aHundredMegabyteDecisionFileGoesBackToTheImportPageWithAMessage() throws Exception {
    HttpResponse<String> r = post("/admin/decisions/import", HUNDRED_MB);
    assertThat(r.statusCode()).isEqualTo(303);
    assertThat(r.headers().firstValue("Location")).hasValue("/admin/decisions?tooLarge");
    mvc.perform(get("/admin/decisions").param("tooLarge", "").with(accounts.as("500101", "CLERK")))
        .andExpect(content().string(containsString("MB 的上限，未导入")));
  }

  @Test
  void smallUploadsPassOnToTheForms() throws Exception {
    // no session: the form itself answers (the login redirect), not the size limit
    HttpResponse<String> r = post("/admin/catalog/import", 1024);
    assertThat(r.headers().firstValue("Location").orElse("")).doesNotContain("tooLarge");
  }
}
