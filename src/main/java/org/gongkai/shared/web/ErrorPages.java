package org.gongkai.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.shared.ApiError;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * The container's error page ({@code /error}): JSON in the API's format for API paths and JSON
 * clients, a Chinese page for everyone else. Replaces Spring Boot's default error controller.
 */
@Controller
public class ErrorPages implements ErrorController {

  private final JsonMapper json;
  private final SiteModel site;

  ErrorPages(JsonMapper json, SiteModel site) {
    this.json = json;
    this.site = site;
  }

  @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
  ModelAndView html(HttpServletRequest request, HttpServletResponse response) throws java.io.IOException {
    int status = status(request);
    if (isApi(request)) {
      response.setStatus(status);
      response.setContentType(MediaType.APPLICATION_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      json.writeValue(response.getOutputStream(), ApiError.of(status, message(status)));
      return null;
    }
    return site.addTo(PageExceptionHandler.page(response, status, message(status)));
  }

  @RequestMapping("/error")
  ResponseEntity<ApiError> json(HttpServletRequest request) {
    int status = status(request);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(ApiError.of(status, message(status)));
  }

  static String title(int status) {
    return switch (status) {
      case 400 -> "请求有误";
      case 401 -> "需要登录";
      case 403 -> "无权访问";
      case 404 -> "页面不存在";
      case 405 -> "不支持的请求方式";
      case 409 -> "操作冲突";
      case 413 -> "上传内容过大";
      case 429 -> "请求过于频繁";
      default -> status >= 500 ? "系统繁忙" : "请求未能完成";
    };
  }

  static String message(int status) {
    return switch (status) {
      case 400 -> "请求的内容或参数有误，请检查后重试。";
      case 401 -> "请先登录。";
      case 403 -> "您没有访问此页面的权限；如果刚才提交了表单，页面可能已过期，请刷新后重试。";
      case 404 -> "您访问的页面不存在或已被删除。";
      case 405 -> "不支持此请求方式。";
      case 413 -> "上传的文件超过大小限制。";
      case 429 -> "请求过于频繁，请稍后再试。";
      default -> status >= 500 ? "服务器暂时无法处理您的请求，请稍后重试；如持续出现请联系网站管理员。" : "请求未能完成。";
    };
  }

  private static int status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    if (code instanceof Integer i) {
      return i;
    }
    return HttpStatus.INTERNAL_SERVER_ERROR.value();
  }

  private static boolean isApi(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    return uri != null && uri.toString().startsWith(request.getContextPath() + "/api/");
  }
}
