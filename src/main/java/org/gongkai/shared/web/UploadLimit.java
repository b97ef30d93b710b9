package org.gongkai.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a form upload larger than a limit before anything reads its body (the multipart parser,
 * the CSRF check): the browser is sent back to a page that says so in Chinese, instead of the
 * container's 413 error page. Tomcat swallows the rest of the body ({@code server.tomcat.max-swallow-size=-1}),
 * so the browser sees the redirect. Declare one per upload form as a bean.
 */
public final class UploadLimit extends OncePerRequestFilter {

  private final Pattern path;
  private final long maxBytes;
  private final String redirect;

  private UploadLimit(Pattern path, long maxBytes, String redirect) {
    this.path = path;
    this.maxBytes = maxBytes;
    this.redirect = redirect;
  }

  /**
   * A filter for POSTs to {@code path} (a regular expression over the path within the application)
   * whose body is larger than {@code maxBytes} plus 1 MB of form overhead; they are redirected to
   * {@code redirect}, in which {@code $1} … stand for the groups of {@code path}.
   */
  public static FilterRegistrationBean<UploadLimit> of(String path, long maxBytes, String redirect) {
    FilterRegistrationBean<UploadLimit> bean = new FilterRegistrationBean<>(new UploadLimit(Pattern.compile(path), maxBytes, redirect));
    bean.addUrlPatterns("/admin/*");
    bean.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    bean.setName("uploadLimit:" + path);
    return bean;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > maxBytes + 1024 * 1024) {
      Matcher m = path.matcher(request.getRequestURI().substring(request.getContextPath().length()));
      if (m.matches()) {
        response.setStatus(303);
        response.setHeader("Location", request.getContextPath() + m.replaceFirst(redirect));
        response.setHeader("Connection", "close");
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
