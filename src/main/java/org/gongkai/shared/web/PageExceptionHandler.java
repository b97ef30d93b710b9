package org.gongkai.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gongkai.shared.ConflictException;
import org.gongkai.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Renders the Chinese error pages for failures in page controllers. */
@ControllerAdvice(annotations = Controller.class)
public class PageExceptionHandler {

  private final SiteModel site;

  PageExceptionHandler(SiteModel site) {
    this.site = site;
  }

  private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

  @ExceptionHandler(NotFoundException.class)
  ModelAndView notFound(NotFoundException e, HttpServletResponse response) {
    return site.addTo(page(response, 404, e.getMessage()));
  }

  @ExceptionHandler(AccessDeniedException.class)
  ModelAndView denied(AccessDeniedException e, HttpServletResponse response) {
    return site.addTo(page(response, 403, e.getMessage()));
  }

  @ExceptionHandler(ConflictException.class)
  ModelAndView conflict(ConflictException e, HttpServletResponse response) {
    return site.addTo(page(response, 409, e.getMessage()));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ModelAndView badParameter(MethodArgumentTypeMismatchException e, HttpServletResponse response) {
    return site.addTo(page(response, 400, "参数“" + e.getName() + "”格式不正确"));
  }

  static ModelAndView page(HttpServletResponse response, int status, String message) {
    response.setStatus(status);
    ModelAndView mav = new ModelAndView("error/error");
    mav.addObject("status", status);
    mav.addObject("message", message);
    mav.addObject("errorTitle", ErrorPages.title(status));
    return mav;
  }
}
