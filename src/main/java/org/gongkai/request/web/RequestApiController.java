package org.gongkai.request.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.gongkai.request.DisclosureRequest;
import org.gongkai.request.DisclosureRequests;
import org.gongkai.request.IntakeRateLimiter;
import org.gongkai.request.Receipt;
import org.gongkai.request.RequestSubmission;
import org.gongkai.shared.ApiError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public API of the request desk: submit an application, track it with its query code. */
@RestController
@Tag(name = "依申请公开", description = "提交政府信息公开申请、查询办理进度")
class RequestApiController {

  private final DisclosureRequests requests;
  private final IntakeRateLimiter limiter;

  RequestApiController(DisclosureRequests requests, IntakeRateLimiter limiter) {
    this.requests = requests;
    this.limiter = limiter;
  }

  @PostMapping("/api/v1/requests")
  @Operation(summary = "提交政府信息公开申请；成功返回申请编号和查询码（查询码只显示这一次）")
  ResponseEntity<?> submit(@RequestBody(required = false) RequestSubmission body, HttpServletRequest http) {
    if (!limiter.tryAcquire(http.getRemoteAddr())) {
      return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
          .body(ApiError.of(429, "提交过于频繁，请稍后再试（每分钟最多" + limiter.perMinute() + "次）"));
    }
    if (body == null) {
      body = new RequestSubmission(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
    Receipt r = requests.submitOnline(body, List.of());
    return ResponseEntity.status(HttpStatus.CREATED)
        .header("Location", "/api/v1/requests/" + r.trackingNumber())
        .body(new Created(r.trackingNumber(), r.queryCode(), r.receivedOn(), r.dueDate()));
  }

  @GetMapping("/api/v1/requests/{trackingNumber}")
  @Operation(summary = "凭申请编号和查询码查询办理进度；编号或查询码不对时一律返回 404")
  Tracking track(@PathVariable String trackingNumber, @RequestParam(required = false) String queryCode) {
    DisclosureRequest r = requests.track(trackingNumber, queryCode);
    return Tracking.of(r, requests.agency(r.agencyCode()).name());
  }

  record Created(String trackingNumber, String queryCode, LocalDate receivedDate, LocalDate dueDate) {}

  record Tracking(String trackingNumber, String agencyCode, String agencyName, String status, String statusLabel,
      LocalDate receivedDate, LocalDate dueDate, LocalDate waitingUntil, String outcome, String outcomeLabel,
      LocalDate closedDate, LocalDate deliveredDate) {
    static Tracking of(DisclosureRequest r, String agencyName) {
      return new Tracking(r.trackingNumber(), r.agencyCode(), agencyName, r.status().name(), r.status().label(),
          r.receivedOn(), r.deadline() == null ? null : r.deadline().dueDate(),
          r.deadline() == null ? null : r.deadline().waitingUntil(),
          r.outcome() == null ? null : r.outcome().name(), r.outcome() == null ? null : r.outcome().fullLabel(),
          r.closedOn(), r.deliveredOn());
    }
  }
}
