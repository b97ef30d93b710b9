package org.gongkai.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.gongkai.shared.ApiError;
import org.gongkai.shared.ConflictException;
import org.gongkai.shared.InvalidInputException;
import org.gongkai.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of an API call into {@link ApiError} JSON with a Chinese message. Page
 * controllers have their own handling ({@link PageExceptionHandler}).
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ApiError> invalid(InvalidInputException e) {
    List<ApiError.FieldError> errors =
        e.problems().stream().map(p -> new ApiError.FieldError(p.field(), p.message())).toList();
    return body(HttpStatus.BAD_REQUEST, "提交的内容有误，请检查后重试", errors);
  }

  @ExceptionHandler(BindException.class)
  ResponseEntity<ApiError> bind(BindException e) {
    List<ApiError.FieldError> errors =
        e.getFieldErrors().stream()
            .map(f -> new ApiError.FieldError(f.getField(), f.isBindingFailure() ? "格式不正确" : f.getDefaultMessage()))
            .toList();
    return body(HttpStatus.BAD_REQUEST, "提交的内容有误，请检查后重试", errors);
  }

  @ExceptionHandler(HandlerMethodValidationException.class)
  ResponseEntity<ApiError> methodValidation(HandlerMethodValidationException e) {
    List<ApiError.FieldError> errors =
        e.getParameterValidationResults().stream()
            .flatMap(r -> r.getResolvableErrors().stream()
                .map(err -> new ApiError.FieldError(r.getMethodParameter().getParameterName(), err.getDefaultMessage())))
            .toList();
    return body(HttpStatus.BAD_REQUEST, "请求参数有误", errors);
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ApiError> missing(MissingServletRequestParameterException e) {
    return body(HttpStatus.BAD_REQUEST, "缺少参数 " + e.getParameterName(),
        List.of(new ApiError.FieldError(e.getParameterName(), "不能为空")));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ApiError> mismatch(MethodArgumentTypeMismatchException e) {
    return body(HttpStatus.BAD_REQUEST, "参数 " + e.getName() + " 格式不正确",
        List.of(new ApiError.FieldError(e.getName(), "格式不正确")));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    return body(HttpStatus.BAD_REQUEST, "请求内容不是有效的 JSON，或字段类型不正确", List.of());
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
    return body(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持的内容类型", List.of());
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
    return body(HttpStatus.METHOD_NOT_ALLOWED, "不支持的请求方法 " + e.getMethod(), List.of());
  }

  @ExceptionHandler({MaxUploadSizeExceededException.class})
  ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
    return body(HttpStatus.PAYLOAD_TOO_LARGE, "上传的文件过大", List.of(new ApiError.FieldError("file", "文件超过大小限制")));
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ApiError> multipart(MultipartException e) {
    return body(HttpStatus.BAD_REQUEST, "上传内容无法读取", List.of(new ApiError.FieldError("file", "请以 multipart/form-data 上传文件")));
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ApiError> notFound(NotFoundException e) {
    return body(HttpStatus.NOT_FOUND, e.getMessage(), List.of());
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ApiError> noResource(NoResourceFoundException e) {
    return body(HttpStatus.NOT_FOUND, "请求的地址不存在", List.of());
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<ApiError> conflict(ConflictException e) {
    return body(HttpStatus.CONFLICT, e.getMessage(), List.of());
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ApiError> denied(AccessDeniedException e) {
    return body(HttpStatus.FORBIDDEN, e.getMessage() == null ? "无权访问" : e.getMessage(), List.of());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ApiError> unexpected(Exception e, HttpServletRequest request) {
    log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), e);
    return body(HttpStatus.INTERNAL_SERVER_ERROR, "服务器内部错误，请稍后重试；如持续出现请联系管理员", List.of());
  }

  private static ResponseEntity<ApiError> body(HttpStatus status, String message, List<ApiError.FieldError> errors) {
    return ResponseEntity.status(status).body(new ApiError(status.value(), message, errors));
  }
}
